// The SELECTs that build each event type's data (lib/events/event-schemas.ts) from the rows the
// change just wrote, inside its transaction: no extra round trip to read them back.
import { isoSql } from "./event-writer";

const lower = (expr: string) => `lower(${expr}::text)`;

/** $1: the order's id; $2: jsonb merged into the data (order.refunded's refund_amount). */
export const ORDER_DATA_SQL = `
  SELECT jsonb_build_object(
    'order_id', o.id, 'provider', ${lower("o.provider")}, 'request_token', o."requestToken",
    'merchant_transaction_id', o."merchantTransactionId", 'status', ${lower("o.status")},
    'amount', o.amount::text, 'refunded_amount', o."refundedAmount"::text, 'approved_amount', o."approvedAmount"::text,
    'currency', o.currency, 'application_id', o."applicationId", 'provider_application_id', a."externalId",
    'financing_status', ${lower(`o."financingStatus"`)}, 'created_at', ${isoSql(`o."createdAt"`)},
    'cancelled_at', ${isoSql(`o."cancelledAt"`)}
  ) || $2::jsonb AS data
  FROM "Order" o LEFT JOIN "Application" a ON a.id = o."applicationId"
  WHERE o.id = $1::uuid`;

/** The data of application.status_changed, read from `source` (a row `a` of "Application" as
 *  the change left it) and `previous`, an SQL expression for the status before the change. */
export const applicationDataSql = (source: string, previous: string) => `
  SELECT jsonb_build_object(
    'application_id', a.id, 'provider', ${lower("a.provider")}, 'provider_application_id', a."externalId",
    'merchant_transaction_id', a."merchantTransactionId", 'merchant_order_id', a."merchantOrderId",
    'status', ${lower("a.status")}, 'previous_status', lower(${previous}::text), 'lender_id', a."lenderId",
    'lender_name', a."lenderName", 'requested_amount', a."requestedAmount"::text,
    'approved_amount', a."approvedAmount"::text, 'refunded_amount', a."refundedAmount"::text,
    'currency', a.currency, 'occurred_at', ${isoSql(`a."lastEventAt"`)}
  ) AS data
  FROM ${source}`;

/** $1: the dispute's id; $2: its status before the change (null when new). */
export const DISPUTE_DATA_SQL = `
  SELECT jsonb_build_object(
    'dispute_id', d.id, 'provider', ${lower("d.provider")}, 'provider_dispute_id', d."externalId",
    'lender_dispute_id', d."lenderDisputeId", 'lender_id', d."lenderId", 'status', ${lower("d.status")},
    'previous_status', lower($2::text), 'application_id', d."applicationId", 'provider_application_id', a."externalId",
    'opened_at', ${isoSql(`d."openedAt"`)}, 'resolved_at', ${isoSql(`d."resolvedAt"`)},
    'occurred_at', ${isoSql(`d."lastEventAt"`)}
  ) AS data
  FROM "Dispute" d LEFT JOIN "Application" a ON a.id = d."applicationId"
  WHERE d.id = $1::uuid`;

/**
 * $1: the transaction ids of the batch just upserted. A record written by this transaction has
 * lastSyncedAt = now() (its start, at the column's milliseconds); an unchanged one is not written at all.
 */
export const FUNDING_RECORD_DATA_SQL = `
  SELECT jsonb_build_object(
    'transaction_id', f."transactionId", 'change', CASE WHEN f."firstSeenAt" = now()::timestamptz(3) THEN 'new' ELSE 'changed' END,
    'version', f.version, 'status', f.status, 'transaction_type', f."transactionType",
    'transaction_date', ${isoSql(`f."transactionDate"`)}, 'transaction_amount', f."transactionAmount"::text,
    'discount_amount', f."discountAmount"::text, 'net_amount', f."netAmount"::text,
    'funded_at', ${isoSql(`f."fundedAt"`)}, 'charge_id', f."chargeId", 'merchant_order_id', f."merchantOrderId",
    'merchant_transaction_id', f."merchantTransactionId", 'lender_name', f."lenderName",
    'application_id', f."applicationId"
  ) AS data
  FROM "FundingRecord" f
  WHERE f."transactionId" = ANY($1::text[]) AND f."lastSyncedAt" = now()::timestamptz(3)
  ORDER BY f."transactionId"`;

/** $1: the delivery's id; $2: the error it failed with. */
export const DELIVERY_FAILED_DATA_SQL = `
  SELECT jsonb_build_object(
    'delivery_id', d.id, 'provider', ${lower("d.provider")}, 'event_type', d."eventType",
    'error', left($2::text, 1000), 'received_at', ${isoSql(`d."receivedAt"`)}
  ) AS data
  FROM "Delivery" d WHERE d.id = $1::uuid`;

// What each outbound event carries, one zod schema per type: the payloads the outbox writes
// (lib/events/event-payload-sql.ts builds them), the feed and the OpenAPI document read these.
// Money is a decimal string with two places, times are ISO 8601 UTC, ids are ours and the provider's.
import { z } from "zod";

export const EVENT_TYPES = [
  "order.created",
  "order.cancelled",
  "order.refunded",
  "application.status_changed",
  "dispute.created",
  "dispute.updated",
  "dispute.resolved",
  "funding.record_changed",
  "delivery.failed",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Sent by "Send a test event" to one endpoint only; not in the feed. */
export const TEST_EVENT_TYPE = "endpoint.test";

const money = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .meta({ description: "Decimal string, two places", example: "1250.00" });
const time = z.iso.datetime().meta({ description: "ISO 8601, UTC", example: "2026-12-03T15:04:05.000Z" });
const provider = z.enum(["wegetfinancing", "chargeafter"]);
const applicationStatus = z.enum([
  "created",
  "prequalified",
  "pending",
  "declined",
  "approved",
  "confirmed",
  "cancelled",
]);
const disputeStatus = z.enum(["open", "lender_updated", "resolved"]);

const order = z.object({
  order_id: z.uuid(),
  provider,
  request_token: z.string().meta({ description: "The provider's request token (WeGetFinancing inv_id)" }),
  merchant_transaction_id: z.string().nullable(),
  status: z.enum(["open", "cancelled", "on_hold"]),
  amount: money,
  refunded_amount: money,
  approved_amount: money.nullable(),
  currency: z.string(),
  application_id: z.uuid().nullable(),
  provider_application_id: z.string().nullable(),
  financing_status: applicationStatus.nullable(),
  created_at: time,
  cancelled_at: time.nullable(),
});

const application = z.object({
  application_id: z.uuid(),
  provider,
  provider_application_id: z.string(),
  merchant_transaction_id: z.string().nullable(),
  merchant_order_id: z.string().nullable(),
  status: applicationStatus,
  previous_status: applicationStatus,
  lender_id: z.string().nullable(),
  lender_name: z.string().nullable(),
  requested_amount: money.nullable(),
  approved_amount: money.nullable(),
  refunded_amount: money,
  currency: z.string(),
  occurred_at: time,
});

const dispute = z.object({
  dispute_id: z.uuid(),
  provider,
  provider_dispute_id: z.string(),
  lender_dispute_id: z.string().nullable(),
  lender_id: z.string().nullable(),
  status: disputeStatus,
  previous_status: disputeStatus.nullable(),
  application_id: z.uuid().nullable(),
  provider_application_id: z.string().nullable(),
  opened_at: time,
  resolved_at: time.nullable(),
  occurred_at: time,
});

const fundingRecord = z.object({
  transaction_id: z.string(),
  change: z.enum(["new", "changed"]),
  version: z.number().int(),
  status: z.string(),
  transaction_type: z.string(),
  transaction_date: time,
  transaction_amount: money,
  discount_amount: money,
  net_amount: money,
  funded_at: time.nullable(),
  charge_id: z.string(),
  merchant_order_id: z.string().nullable(),
  merchant_transaction_id: z.string().nullable(),
  lender_name: z.string().nullable(),
  application_id: z.uuid().nullable(),
});

const deliveryFailed = z.object({
  delivery_id: z.uuid(),
  provider,
  event_type: z.string().nullable(),
  error: z.string().nullable(),
  received_at: time,
});

export const eventDataSchemas = {
  "order.created": order,
  "order.cancelled": order,
  "order.refunded": order.extend({ refund_amount: money }),
  "application.status_changed": application,
  "dispute.created": dispute,
  "dispute.updated": dispute,
  "dispute.resolved": dispute,
  "funding.record_changed": fundingRecord,
  "delivery.failed": deliveryFailed,
} satisfies Record<EventType, z.ZodType>;

/** The body of every event: what the endpoint receives and what the feed lists. */
export function eventEnvelopeSchema<T extends EventType>(type: T) {
  return z.object({
    id: z.string().meta({ description: "evt_…: also the webhook-id header, the same on every attempt" }),
    type: z.literal(type),
    created_at: time,
    data: eventDataSchemas[type],
  });
}

/** Any event, told apart by its type. */
export const outboundEventSchema = z
  .discriminatedUnion(
    "type",
    EVENT_TYPES.map((type) => eventEnvelopeSchema(type)) as unknown as [
      ReturnType<typeof eventEnvelopeSchema>,
      ...ReturnType<typeof eventEnvelopeSchema>[],
    ],
  )
  .meta({ id: "OutboundEvent" });

// Why this record does not reconcile: what the lender reported beside what the desk knows of
// the same sale, the difference in money and a sentence; then finance's review of it.
import Link from "next/link";

import { Badge } from "@/components/badge";
import { DataTable, TableHead, Td } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format/format-money";
import { postSaleTransactionType } from "@/lib/reconciliation/explain-mismatch";
import { getMismatchContext, type MismatchReviewView } from "@/lib/reconciliation/get-mismatch-context";
import { listMismatchAssignees } from "@/lib/reconciliation/review-mismatch";

import { MismatchReviewForm } from "./mismatch-review-form";

const REVIEW_WORDS = { OPEN: "Open", ASSIGNED: "Assigned", RESOLVED: "Resolved" } as const;
const REVIEW_TONES = { OPEN: "warning", ASSIGNED: "accent", RESOLVED: "success" } as const;

export async function MismatchSection({ transactionId }: { transactionId: string }) {
  const user = await requirePermission("viewFunding");
  const context = await getMismatchContext(transactionId);
  if (!context) return null;
  const { explanation, sale, review } = context;
  const mayReview = can(user.role, "syncFunding");
  const assignees = mayReview ? await listMismatchAssignees() : [];
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-2">
      <DetailCard title="Why it does not reconcile" note="The lender's figures beside the desk's for the same sale.">
        <p
          className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset"
          data-testid="mismatch-sentence"
        >
          {explanation.sentence}
        </p>
        <dl>
          <DetailRow wide label="Lender reported">
            {explanation.reported.type} of {formatMoney(explanation.reported.amount)}
          </DetailRow>
          <DetailRow wide label="The desk knows">
            {explanation.desk.amount
              ? `${formatMoney(explanation.desk.amount)} (${explanation.desk.basis})`
              : "Nothing to compare"}
          </DetailRow>
          <DetailRow wide label="Difference">
            <span data-testid="mismatch-difference" className="font-semibold tabular-nums">
              {explanation.difference === null ? "—" : formatMoney(explanation.difference)}
            </span>
          </DetailRow>
          {sale && (
            <>
              <DetailRow wide label="Approved amount">
                {sale.approvedAmount ? formatMoney(sale.approvedAmount) : "—"}
              </DetailRow>
              {sale.orders.map((order) => (
                <DetailRow wide key={order.id} label="Order">
                  <Link href={`/orders/${order.id}`} className="link">
                    Total {formatMoney(order.amount)}
                  </Link>
                  , refunded {formatMoney(order.refundedAmount)}
                </DetailRow>
              ))}
            </>
          )}
        </dl>
        {sale && (
          <>
            <h3 className="mt-3 mb-1 text-xs font-semibold text-gray-700">Post-sale events of the sale</h3>
            {sale.events.length ? (
              <DataTable caption="The sale's post-sale events: type, amount and time">
                <TableHead columns={["Type", "Amount", "When"]} />
                <tbody>
                  {sale.events.map((event, i) => (
                    <tr key={i}>
                      <Td>{postSaleTransactionType(event.type) ?? event.type}</Td>
                      <Td>{event.amount ? formatMoney(event.amount) : "not given"}</Td>
                      <Td>
                        <DateTime value={event.occurredAt} />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p className="text-sm text-gray-600">
                No post-sale event (authorize, settle, refund) has arrived for this sale.
              </p>
            )}
          </>
        )}
      </DetailCard>
      <DetailCard title="Review" note="Who works on it, what was done, and whether it is resolved.">
        <ReviewState review={review} version={context.version} />
        {mayReview && (
          <MismatchReviewForm
            transactionId={transactionId}
            assignees={assignees}
            assigneeId={review?.assigneeId ?? null}
          />
        )}
      </DetailCard>
    </div>
  );
}

function ReviewState({ review, version }: { review: MismatchReviewView | null; version: number }) {
  if (!review)
    return (
      <p className="text-sm text-gray-700">
        <span data-testid="mismatch-review-state">
          <Badge tone="warning">Open</Badge>
        </span>{" "}
        Nobody has taken it yet.
      </p>
    );
  return (
    <dl>
      <DetailRow label="State">
        <span data-testid="mismatch-review-state">
          <Badge tone={REVIEW_TONES[review.state]}>{REVIEW_WORDS[review.state]}</Badge>
        </span>
        {review.reopenedAt && (
          <span className="ml-2 text-xs text-amber-900">
            Reopened <DateTime value={review.reopenedAt} />: a sync or import changed the record after it was resolved
            (now version {version}).
          </span>
        )}
      </DetailRow>
      <DetailRow label="Assigned to">{review.assigneeEmail ?? "nobody"}</DetailRow>
      <DetailRow label="Note">{review.note ?? "—"}</DetailRow>
      <DetailRow label="Last change">
        {review.updatedByEmail}, <DateTime value={review.updatedAt} />
      </DetailRow>
    </dl>
  );
}

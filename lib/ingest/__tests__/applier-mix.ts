// A mixed load for the applier tests: per cycle a WeGetFinancing request (its cart saved) that
// is pre-approved, approved (and the approval repeated: a duplicate) and for some rejected
// afterwards, and a ChargeAfter application whose lenders' events arrive out of order.
// Stored through the receivers; then the domain can be wiped and the deliveries applied again.
import { POST as wgfPost } from "@/app/api/postbacks/wegetfinancing/route";
import { POST as caPost } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { deliveryApplierIdle } from "@/lib/ingest/apply-pending-deliveries";
import { insertPendingCart } from "@/test/pending-cart";
import { caRequest, wgfApproval, wgfRequest } from "@/test/provider-requests";

export async function storeMix(cycles: number): Promise<void> {
  for (let c = 0; c < cycles; c++) await insertPendingCart(`MIX-${c}`, `mixtok${c}`);
  const minute = (c: number, m: number) => new Date(Date.parse("2026-11-02T10:00:00Z") + c * 3_600_000 + m * 60_000);
  const ca = (c: number, eventType: string, m: number, extra: object = {}) =>
    caRequest({ eventType, createdAt: minute(c, m).toISOString(), applicationId: `app_mix_${c}`, ...extra });
  const requests = [];
  for (let c = 0; c < cycles; c++) {
    const wgf = (status: string) => wgfRequest({ version: "1.9", request_token: `mixtok${c}`, status });
    requests.push(
      [wgfPost, wgf("preapproved")],
      [caPost, ca(c, "application.created", 0)],
      [caPost, ca(c, "application.approved", 20, { lenderId: "A", amount: 1299.99 })],
      [wgfPost, wgfRequest(wgfApproval(`mixtok${c}`, `MIX-${c}`))],
      [caPost, ca(c, "application.prequalified", 10, { lenderId: "A", amount: 1500 })],
      [wgfPost, wgfRequest(wgfApproval(`mixtok${c}`, `MIX-${c}`))],
      [caPost, ca(c, "application.declined", 15, { lenderId: "B" })],
      ...(c % 3 === 1 ? [[wgfPost, wgf("rejected")] as const] : []),
      ...(c > 0
        ? [[caPost, ca(c - 1, "application.pending-lender", 30, { lenderId: "C", reason: "Review" })] as const]
        : []),
    );
  }
  for (const [post, request] of requests) {
    const response = await (post as typeof caPost)(request as Request);
    if (response.status !== 200) throw new Error(`a mix delivery was answered ${response.status}`);
  }
  await deliveryApplierIdle();
}

/** Wipes what applying did and marks the applied deliveries waiting again (duplicates stay duplicates). */
export async function unapply(): Promise<void> {
  await deliveryApplierIdle();
  await db().$transaction([
    db().order.deleteMany(),
    db().outboundEvent.deleteMany(),
    db().pendingCart.updateMany({ data: { promotedAt: null, applicationId: null } }),
    db().application.deleteMany(),
    db().delivery.updateMany({
      where: { processing: { not: "DUPLICATE" } },
      data: { processing: "RECEIVED", processedAt: null, flags: [], applicationId: null, orderId: null },
    }),
  ]);
}

/** What applying left, without ids or times of its own making. */
export async function domainState() {
  const applications = await db().application.findMany({
    orderBy: { externalId: "asc" },
    include: { lenders: { orderBy: { lenderId: "asc" } }, _count: { select: { events: true } } },
    omit: { id: true, createdAt: true, updatedAt: true },
  });
  const orders = await db().order.findMany({
    orderBy: { requestToken: "asc" },
    select: { requestToken: true, status: true, holdReason: true, amount: true, approvedAmount: true, flags: true },
  });
  const deliveries = await db().delivery.findMany({
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    select: { id: true, processing: true, flags: true, eventType: true, duplicateOfId: true },
  });
  const events = await db().outboundEvent.groupBy({ by: ["type"], _count: true, orderBy: { type: "asc" } });
  return {
    applications: applications.map(({ lenders, ...a }) => ({
      ...a,
      lenders: lenders.map(({ applicationId: _, ...l }) => l),
    })),
    orders,
    deliveries: deliveries.map((d) => ({ ...d, flags: [...d.flags].sort() })),
    events: events.map((e) => [e.type, e._count]),
  };
}

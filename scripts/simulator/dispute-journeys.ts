// ChargeAfter dispute journeys on a settled charge: created → lender updates → resolved
// (some stay open). Dispute events carry the applicationId they concern.
import type { SettledCharge } from "./ca-journeys";
import type { SimulatorCredentials } from "./credentials";
import { jsonDelivery, type Delivery, type Journey } from "./deliveries";
import type { Random } from "./random";
import { DAY, HOUR, MINUTE } from "./timeline";

export type DisputeResult = { journey: Journey; disputeId: string; chargeback: boolean };

export function disputeJourney(
  charge: SettledCharge,
  context: { random: Random; credentials: SimulatorCredentials; now: number },
): DisputeResult {
  const { random, credentials } = context;
  const auth = { kind: "ca" as const, authorization: credentials.ca.webhookAuthorization };
  const disputeId = `dsp_${random.id(10)}`;
  const lenderDisputeId = `${charge.lender.lenderName.slice(0, 3).toUpperCase()}-${random.int(10_000, 99_999)}`;
  const fields = { disputeId, lenderDisputeId, applicationId: charge.applicationId };
  const updates = random.int(0, 2);
  const resolved = random.chance(0.6);
  const disputeEvent =
    (eventType: string, extra: Record<string, unknown> = {}) =>
    (at: Date) =>
      jsonDelivery("CHARGEAFTER", eventType, { eventType, createdAt: at.toISOString(), ...fields, ...extra }, auth);
  const steps: ((at: Date) => Delivery)[] = [disputeEvent("disputes.created", { lenderId: charge.lender.lenderId })];
  for (let i = 0; i < updates; i++) steps.push(disputeEvent("disputes.lender.updated"));
  if (resolved) steps.push(disputeEvent("disputes.resolved"));

  // Opened after the settle, spaced by hours to days, never in the future.
  const earliest = charge.settleAt.getTime() + 2 * HOUR;
  const span = Math.max(0, context.now - HOUR - earliest);
  const gaps = steps.map(() => random.next());
  const total = gaps.reduce((a, b) => a + b, 0) || 1;
  let at = earliest + Math.floor(random.next() * Math.min(span / 2, 10 * DAY));
  const room = context.now - HOUR - at;
  const deliveries = steps.map((step, i) => {
    // At least a minute apart: two updates with one createdAt would be one event.
    if (i > 0) at += Math.max(MINUTE, Math.floor((gaps[i]! / total) * Math.max(room, 0)));
    return step(new Date(Math.floor(at / 1000) * 1000));
  });
  return {
    journey: { kind: resolved ? "dispute-resolved" : "dispute-open", deliveries },
    disputeId,
    chargeback: !resolved && random.chance(0.5),
  };
}

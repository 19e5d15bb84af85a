// WeGetFinancing journeys: the postbacks WGF sends for one request token as its lender
// network decides. Used for the simulator's own traffic (web checkouts whose carts live
// in the merchant's store) and for requests the dashboard creates through Create Request.
import type { SimulatorCredentials } from "./credentials";
import type { Journey } from "./deliveries";
import { cart } from "./people";
import type { Random } from "./random";
import { wgfDelivery, type WgfFormat, type WgfPostbackFacts } from "./wgf-postbacks";

export type WgfOutcome = "approved" | "rejected" | "cancelled" | "refunded";

/** Most approve; some are rejected; an approval is sometimes cancelled or refunded later. */
export function pickWgfOutcome(random: Random): WgfOutcome {
  const roll = random.next();
  if (roll < 0.58) return "approved";
  if (roll < 0.8) return "rejected";
  if (roll < 0.88) return "cancelled";
  return "refunded";
}

/** The statuses WGF posts for one request, in the order it decides them. */
export function wgfSteps(
  outcome: WgfOutcome,
  random: Random,
  facts: { requestToken: string; merchantTransactionId: string; totalCents: number },
): WgfPostbackFacts[] {
  const base = { requestToken: facts.requestToken, merchantTransactionId: facts.merchantTransactionId };
  const steps: WgfPostbackFacts[] = [];
  if (random.chance(outcome === "rejected" ? 0.4 : 0.75)) steps.push({ ...base, status: "preapproved" });
  if (outcome === "rejected") return [...steps, { ...base, status: "rejected" }];
  steps.push({ ...base, status: "approved", amountCents: facts.totalCents });
  if (outcome === "cancelled") steps.push({ ...base, status: "cancelled" });
  if (outcome === "refunded") {
    const partial = Math.round(facts.totalCents * random.pick([0.1, 0.25, 0.5]));
    steps.push({ ...base, status: "refund", amountCents: random.chance(0.5) ? facts.totalCents : partial });
    // Now and then a second, different return on the same financing.
    if (random.chance(0.2))
      steps.push({ ...base, status: "refund", amountCents: Math.max(100, Math.round(partial / 2)) });
  }
  return steps;
}

/** A web checkout's postbacks in one of the four formats (the form only for what it can say). */
export function wgfJourney(random: Random, credentials: SimulatorCredentials, serial: number): Journey {
  const outcome = pickWgfOutcome(random);
  const formats: WgfFormat[] =
    outcome === "approved" || outcome === "cancelled"
      ? ["json-1.9-flat", "json-1.9-flat", "json-1.9-nested", "json-1.0", "form"]
      : ["json-1.9-flat", "json-1.9-flat", "json-1.9-nested", "json-1.0"];
  const format = random.pick(formats);
  const requestToken = random.id(16).toLowerCase();
  const merchantTransactionId = `WEB-${200_000 + serial}`;
  const steps = wgfSteps(outcome, random, { requestToken, merchantTransactionId, totalCents: cart(random).totalCents });
  const signing = { username: credentials.wgf.postbackUsername, password: credentials.wgf.postbackPassword };
  return { kind: `wgf-${outcome}`, deliveries: steps.map((facts) => wgfDelivery(format, facts, signing)) };
}

// The whole run, decided up front from the seed: which journeys, their deliveries in the
// order they will be sent (with provider retries that resend a body, and events delayed
// past later ones), the invalid deliveries mixed in, and what ChargeAfter's APIs will
// answer about it all afterwards (application statuses, funding records).
import type { FakeFundingRecord } from "../../test/fakes/chargeafter-funding-api";
import { caJourney, type CaOutcome, type SettledCharge } from "./ca-journeys";
import type { SimulatorCredentials } from "./credentials";
import { resend, type Journey } from "./deliveries";
import { disputeJourney } from "./dispute-journeys";
import { fundingRecords } from "./funding-records";
import { invalidDeliveries } from "./invalid-deliveries";
import { createRandom, type Random } from "./random";
import { DAY } from "./timeline";
import { wgfJourney } from "./wgf-journeys";

export type PlanOptions = {
  seed: number;
  /** Journeys to play (invalid deliveries come on top: max(7, journeys / 40)). */
  journeys: number;
  credentials: SimulatorCredentials;
  /** Event times are spread over the `days` days before `now`. */
  now: Date;
  days: number;
  /** Share of deliveries resent as a provider retry (same body), and of journeys with one event delayed. */
  duplicateRate?: number;
  delayRate?: number;
};

export type Plan = {
  journeys: Journey[];
  fundingRecords: FakeFundingRecord[];
  /** ChargeAfter application status bodies by applicationId. */
  statuses: Record<string, unknown>;
  deliveryCount: number;
};

type Kind = CaOutcome | "wgf" | "dispute";
const MIX: readonly (readonly [Kind, number])[] = [
  ["settled", 30],
  ["confirmed", 4],
  ["approved", 5],
  ["pending", 5],
  ["prequalified", 5],
  ["declined", 13],
  ["cancelled", 5],
  ["wgf", 25],
  ["dispute", 8],
];

export function buildPlan(options: PlanOptions): Plan {
  const random = createRandom(options.seed);
  const now = options.now.getTime();
  const context = { random, credentials: options.credentials, now, days: options.days };
  const journeys: Journey[] = [];
  const statuses: Record<string, unknown> = {};
  const charges: SettledCharge[] = [];
  const undisputed: SettledCharge[] = [];
  const chargebacks: SettledCharge[] = [];

  for (let serial = 0; serial < options.journeys; serial++) {
    let kind = pickKind(random);
    // A dispute needs a charge settled at least two days ago.
    const disputable = undisputed.filter((charge) => charge.settleAt.getTime() < now - 2 * DAY);
    if (kind === "dispute" && disputable.length === 0) kind = "settled";
    if (kind === "wgf") {
      journeys.push(wgfJourney(random, options.credentials, serial));
    } else if (kind === "dispute") {
      const charge = disputable[random.int(0, disputable.length - 1)]!;
      undisputed.splice(undisputed.indexOf(charge), 1);
      const dispute = disputeJourney(charge, context);
      journeys.push(dispute.journey);
      if (dispute.chargeback) chargebacks.push(charge);
    } else {
      const result = caJourney(kind, { ...context, serial });
      journeys.push(result.journey);
      statuses[result.applicationId] = result.status;
      if (result.charge) {
        charges.push(result.charge);
        undisputed.push(result.charge);
      }
    }
  }

  for (const journey of journeys) perturb(journey, random, options.duplicateRate ?? 0.06, options.delayRate ?? 0.12);
  const invalid = invalidDeliveries(
    Math.max(7, Math.ceil(options.journeys / 40)),
    random,
    options.credentials,
    options.now,
  );
  for (const delivery of invalid)
    journeys.splice(random.int(0, journeys.length), 0, { kind: "invalid", deliveries: [delivery] });

  return {
    journeys,
    fundingRecords: fundingRecords(charges, chargebacks, random, now),
    statuses,
    deliveryCount: journeys.reduce((sum, journey) => sum + journey.deliveries.length, 0),
  };
}

function pickKind(random: Random): Kind {
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of MIX) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return "settled";
}

/**
 * Provider behaviour on the wire: one event held back and sent after the later ones (a
 * retry that succeeded late), and some deliveries resent with the same body after their
 * first answer (a retry after a timeout), which the receiver must answer as duplicates.
 */
function perturb(journey: Journey, random: Random, duplicateRate: number, delayRate: number) {
  const list = journey.deliveries;
  if (list.length > 2 && random.chance(delayRate)) {
    const [held] = list.splice(random.int(1, list.length - 2), 1);
    list.push({ ...held!, variant: "delayed" });
  }
  const originals = [...list];
  for (const delivery of originals) if (random.chance(duplicateRate)) list.push(resend(delivery));
}

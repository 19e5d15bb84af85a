// deliveries_failing and signatures_refused: more than DELIVERY_THRESHOLD deliveries of one
// provider within DELIVERY_WINDOW_MS opens the provider's alert; it counts on until a whole
// window passes with none (so a burst that slows down is one alert, not several).
import { DELIVERY_THRESHOLD, DELIVERY_WINDOW_MS, type AlertFinding } from "@/lib/alerts/alert-kinds";
import { findOpenAlert } from "@/lib/alerts/apply-findings";
import { db, type Prisma } from "@/lib/db/client";
import type { Provider } from "@/lib/db/generated/enums";
import { providerLabels } from "@/lib/deliveries/delivery-labels";

const RULES = {
  deliveries_failing: {
    where: { processing: "FAILED" },
    query: "processing=FAILED",
    what: (n: number) => `${n} ${n === 1 ? "delivery" : "deliveries"} failed to apply`,
  },
  signatures_refused: {
    where: { verification: "INVALID" },
    query: "verification=INVALID",
    what: (n: number) => `${n} ${n === 1 ? "delivery was" : "deliveries were"} refused for a bad signature`,
  },
} as const satisfies Record<string, { where: Prisma.DeliveryWhereInput; query: string; what(n: number): string }>;

export type DeliveryAlertKind = keyof typeof RULES;

const countSince = (where: Prisma.DeliveryWhereInput, provider: Provider, since: Date) =>
  db().delivery.count({ where: { ...where, provider, receivedAt: { gte: since } } });

export async function checkDeliveries(kind: DeliveryAlertKind, now: Date): Promise<AlertFinding[]> {
  const rule = RULES[kind];
  const windowStart = new Date(now.getTime() - DELIVERY_WINDOW_MS);
  const recent = await db().delivery.groupBy({
    by: ["provider"],
    where: { ...rule.where, receivedAt: { gte: windowStart } },
    _count: { _all: true },
  });
  const findings: AlertFinding[] = [];
  for (const { provider, _count } of recent) {
    const open = await findOpenAlert(kind, provider);
    if (!open && _count._all <= DELIVERY_THRESHOLD) continue;
    const since = open ? new Date(open.firstSeenAt.getTime() - DELIVERY_WINDOW_MS) : windowStart;
    const count = open ? await countSince(rule.where, provider, since) : _count._all;
    findings.push({
      groupKey: provider,
      title: `${rule.what(count)} (${providerLabels[provider]})`,
      detail: `${count} since ${since.toISOString()}; ${_count._all} in the last ${DELIVERY_WINDOW_MS / 60_000} minutes.`,
      count,
      link: `/deliveries?${rule.query}&provider=${provider}`,
    });
  }
  return findings;
}

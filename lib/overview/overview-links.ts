// The filtered list behind each overview number, written with the lists' own query
// parameters (docs/reference.md "List query parameters"), so a click shows those rows.
import type { Provider } from "@/lib/db/generated/enums";
import type { StatusClass } from "@/lib/deliveries/find-deliveries-schema";
import type { DisputeAge } from "@/lib/disputes/find-disputes-schema";

/** Verification results that mean the signature or Authorization was refused. */
export const REFUSED_VERIFICATIONS = ["MISSING", "INVALID", "STALE"] as const;
/** An application approved by a lender, whether or not the customer went on to confirm it. */
export const APPROVED_STATUSES = ["APPROVED", "CONFIRMED"] as const;
/** Disputes nobody has resolved yet. */
export const OPEN_DISPUTE_STATUSES = ["OPEN", "LENDER_UPDATED"] as const;

type Query = Record<string, string | readonly string[] | undefined>;

function href(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const one of typeof value === "string" ? [value] : value) params.append(name, one);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const overviewLinks = {
  failedDeliveries: () => href("/deliveries", { processing: "FAILED" }),
  refusedSignatures: () => href("/deliveries", { verification: REFUSED_VERIFICATIONS, within: "24h" }),
  openDisputes: (age?: DisputeAge) => href("/disputes", { status: OPEN_DISPUTE_STATUSES, age }),
  mismatches: (review: "open" | "assigned") => href("/reconciliation", { review }),
  ordersWithoutFunding: () => "/reconciliation/unfunded",
  syncRuns: () => "/reconciliation#funding-sync",
  decisions: (input: {
    outcome: "approved" | "declined";
    from: string;
    to: string;
    provider?: Provider;
    lender?: string;
  }) =>
    href("/applications", {
      provider: input.provider,
      lender: input.lender,
      status: input.outcome === "approved" ? APPROVED_STATUSES : "DECLINED",
      from: input.from,
      to: input.to,
    }),
  fundedBetween: (from: string, to: string) => href("/reconciliation", { dateField: "fundedAt", from, to }),
  deliveriesAnswered: (status: StatusClass, from: string, to: string) => href("/deliveries", { status, from, to }),
};

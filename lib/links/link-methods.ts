// How a funding record was linked to its application (FundingRecord.matchedBy), best evidence first.
export const LINK_METHODS = [
  "merchant-transaction-id",
  "merchant-order-id",
  "order-transaction-id",
  "application-id",
  "charge-id",
  "same-charge",
] as const;

export type LinkMethod = (typeof LINK_METHODS)[number];

export const LINK_METHOD_LABELS: Record<LinkMethod, string> = {
  "merchant-transaction-id": "merchant transaction id",
  "merchant-order-id": "merchant order id",
  "order-transaction-id": "our order's transaction id",
  "application-id": "ChargeAfter application id",
  "charge-id": "charge id from a post-sale event",
  "same-charge": "another record of the same charge",
};

/** "merchant order id" for a stored method; an unknown or missing one (linked before methods were kept) in words. */
export function describeLinkMethod(method: string | null): string {
  if (!method) return "linked before the method was recorded";
  return (LINK_METHOD_LABELS as Record<string, string>)[method] ?? method;
}

/** The stored conflict ("merchant-order-id → app_1; charge-id → app_2") with the methods in words. */
export function describeLinkConflict(conflict: string): string[] {
  return conflict.split("; ").map((part) => {
    const [method = "", ...rest] = part.split(" → ");
    return `${describeLinkMethod(method)} names ${rest.join(" → ")}`;
  });
}

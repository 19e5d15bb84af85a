// Ids a ChargeAfter body may carry, gathered for search and for linking post-sale
// events whose field list is undocumented.

const idFields = [
  "applicationId",
  "lenderId",
  "accountId",
  "token",
  "confirmationToken",
  "accountToken",
  "linkId",
  "consumerId",
  "disputeId",
  "lenderDisputeId",
  "chargeId",
  "merchantOrderId",
  "merchantTransactionId",
] as const;

export type IdField = (typeof idFields)[number];

/** Every non-empty string id at the top level and one level down, each once. */
export function collectSearchIds(body: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  for (const record of [body, ...nestedRecords(body)]) {
    for (const field of idFields) {
      const value = record[field];
      if (typeof value === "string" && value.trim()) ids.add(value);
    }
  }
  return [...ids];
}

/** The field from the top level, else from the first nested object that has it (e.g. data.chargeId). */
export function findId(body: Record<string, unknown>, field: IdField): string | undefined {
  for (const record of [body, ...nestedRecords(body)]) {
    const value = record[field];
    if (typeof value === "string" && value.trim()) return value;
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function nestedRecords(body: Record<string, unknown>): Record<string, unknown>[] {
  return Object.values(body).filter(isRecord);
}

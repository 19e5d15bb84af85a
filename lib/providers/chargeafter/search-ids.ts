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

/** A JSON number as its decimal text (integers past 2^53 as digits, not "1e+21"); anything else unchanged. */
export function numberAsText(value: unknown): unknown {
  if (typeof value !== "number" || !Number.isFinite(value)) return value;
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** An id as text: strings as sent, JSON numbers as their decimal text. */
function idText(value: unknown): string | undefined {
  const text = numberAsText(value);
  return typeof text === "string" && text.trim() ? text : undefined;
}

/** Every non-empty id (string or number) at the top level and one level down, each once. */
export function collectSearchIds(body: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  for (const record of [body, ...nestedRecords(body)]) {
    for (const field of idFields) {
      const value = idText(record[field]);
      if (value) ids.add(value);
    }
  }
  return [...ids];
}

/** The field from the top level, else from the first nested object that has it (e.g. data.chargeId). */
export function findId(body: Record<string, unknown>, field: IdField): string | undefined {
  for (const record of [body, ...nestedRecords(body)]) {
    const value = idText(record[field]);
    if (value) return value;
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function nestedRecords(body: Record<string, unknown>): Record<string, unknown>[] {
  return Object.values(body).filter(isRecord);
}

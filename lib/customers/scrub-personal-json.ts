// Removes one customer's facts from a stored JSON payload (an outbound event, an API answer):
// every string that holds their e-mail or is one of their names or phone, and every value under
// a key that names a personal field, becomes "[erased]". Amounts, ids and statuses stay.
export const ERASED = "[erased]";

const PERSONAL_KEY = /(first|last|full|middle)_?name|^name$|e-?mail|phone|address|street|city|zip|postal/i;

export type PersonalFacts = { email: string | null; values: string[] };

export function scrubPersonalJson(value: unknown, facts: PersonalFacts): unknown {
  const email = facts.email?.toLowerCase();
  const values = new Set(facts.values.map((v) => v.trim().toLowerCase()).filter(Boolean));
  const visit = (node: unknown, key?: string): unknown => {
    if (key && PERSONAL_KEY.test(key) && node !== null && typeof node !== "number" && typeof node !== "boolean")
      return ERASED;
    if (typeof node === "string") {
      const lower = node.toLowerCase();
      return (email && lower.includes(email)) || values.has(lower.trim()) ? ERASED : node;
    }
    if (Array.isArray(node)) return node.map((item) => visit(item));
    if (node && typeof node === "object")
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, k)]));
    return node;
  };
  return visit(value);
}

// Ids every detail lookup answers null for: malformed, an injection attempt, and a well-formed
// id of no row. The lookups' tests run each one (`it.each(idsOfNoRow)`).
export const idsOfNoRow = [
  "not-a-uuid",
  "",
  '\'; DROP TABLE "Delivery"; DROP TABLE "Dispute"; --',
  "00000000-0000-4000-8000-000000000000",
];

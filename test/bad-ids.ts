// Every detail lookup answers null for these ids: malformed, an injection attempt, and a
// well-formed id of no row.
import { expect, it } from "vitest";

const idsOfNoRow = [
  "not-a-uuid",
  "",
  '\'; DROP TABLE "Delivery"; DROP TABLE "Dispute"; --',
  "00000000-0000-4000-8000-000000000000",
];

/** One test per id of no row: `lookup` answers null. */
export function itIsNullForIdsOfNoRow(lookup: (id: string) => Promise<unknown>): void {
  it.each(idsOfNoRow)("is null for the malformed or unknown id %j", async (id) => {
    expect(await lookup(id)).toBeNull();
  });
}

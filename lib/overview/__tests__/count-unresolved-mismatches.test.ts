import { beforeEach, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { countUnresolvedMismatches } from "@/lib/overview/count-unresolved-mismatches";
import { overviewLinks } from "@/lib/overview/overview-links";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { reviewMismatch } from "@/lib/reconciliation/review-mismatch";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

import { listRows } from "./list-rows";

const ZONE = "America/New_York";
const actor = { id: null, email: "finance@example.com" };

beforeEach(resetDatabase);

it("counts open and assigned mismatches from the day totals, as the report's review filter lists them", async () => {
  const records = generateFundingRecords(84, { seed: 5, idPrefix: "ov" });
  expect((await importFundingReport({ fileName: "r.json", content: JSON.stringify({ records }), actor })).ok).toBe(
    true,
  );
  const mismatched = records.filter((r) => ["AMOUNT_MISMATCH", "TYPE_MISMATCH", "MISMATCHED"].includes(r.status));
  const finance = await db().user.create({ data: { email: "fin@example.com", passwordHash: "x", role: "FINANCE" } });
  await reviewMismatch(
    { transactionId: mismatched[0]!.transactionId, decision: "assign", assigneeId: finance.id },
    actor,
  );
  await reviewMismatch({ transactionId: mismatched[1]!.transactionId, decision: "resolve", note: "fee fixed" }, actor);

  const counts = await countUnresolvedMismatches(ZONE);
  expect(counts).toEqual({ open: mismatched.length - 2, assigned: 1 });
  const context = { timeZone: ZONE, now: new Date() };
  expect(await listRows(overviewLinks.mismatches("open"), context)).toBe(counts.open);
  expect(await listRows(overviewLinks.mismatches("assigned"), context)).toBe(1);
});

it("is zero without records", async () => {
  expect(await countUnresolvedMismatches(ZONE)).toEqual({ open: 0, assigned: 0 });
});

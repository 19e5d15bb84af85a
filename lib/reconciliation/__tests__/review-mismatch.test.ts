// Finance assigns, notes and resolves a mismatch (audited); the report filters by review state;
// a later import that changes the record (its version goes up) reopens it. The record's page
// reads what the desk knows of the sale beside it.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { readFundingFilters } from "@/lib/reconciliation/funding-filters";
import { getMismatchContext } from "@/lib/reconciliation/get-mismatch-context";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { listMismatchAssignees, reviewMismatch } from "@/lib/reconciliation/review-mismatch";
import { generateFundingRecords, type FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

const ZONE = "America/New_York";
const actor = { id: null, email: "finance@example.com" };

let records: FakeFundingRecord[];
let amountMismatch: FakeFundingRecord;
let typeMismatch: FakeFundingRecord;
let financeId: string;

async function importRecords() {
  const result = await importFundingReport({ fileName: "r.json", content: JSON.stringify({ records }), actor });
  expect(result.ok).toBe(true);
}

async function idsUnder(query: string) {
  const { filters } = readFundingFilters(new URLSearchParams(query));
  return (await findFundingRecords({ filters, timeZone: ZONE, pageSize: 500 })).rows.map((r) => r.transactionId).sort();
}

beforeEach(async () => {
  await resetDatabase();
  records = generateFundingRecords(42, { seed: 21, idPrefix: "mm" });
  amountMismatch = records.find((r) => r.status === "AMOUNT_MISMATCH")!;
  typeMismatch = records.find((r) => r.status === "TYPE_MISMATCH")!;
  await importRecords();
  financeId = (await db().user.create({ data: { email: "fin@example.com", passwordHash: "x", role: "FINANCE" } })).id;
  await db().user.create({ data: { email: "support@example.com", passwordHash: "x", role: "SUPPORT" } });
});

describe("reviewMismatch", () => {
  it("assigns and resolves (audited), filters by review state, and a changed record reopens", async () => {
    const mismatches = records
      .filter((r) => ["AMOUNT_MISMATCH", "TYPE_MISMATCH", "MISMATCHED"].includes(r.status))
      .map((r) => r.transactionId)
      .sort();
    expect(await idsUnder("review=open")).toEqual(mismatches);
    expect((await listMismatchAssignees()).map((u) => u.email)).toEqual(["fin@example.com"]);

    const id = amountMismatch.transactionId;
    expect(await reviewMismatch({ transactionId: id, decision: "assign", assigneeId: financeId }, actor)).toBe(
      "Assigned to fin@example.com.",
    );
    expect(await idsUnder("review=assigned")).toEqual([id]);
    await expect(reviewMismatch({ transactionId: id, decision: "resolve", note: " " }, actor)).rejects.toThrow(
      /what was done/,
    );
    await reviewMismatch({ transactionId: id, decision: "resolve", note: "Lender corrected the fee" }, actor);
    expect(await idsUnder("review=resolved")).toEqual([id]);
    expect(await idsUnder("review=open")).not.toContain(id);
    const audit = await db().auditLog.findMany({ where: { targetType: "funding-record" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.targetId])).toEqual([
      ["funding-mismatch.assign", id],
      ["funding-mismatch.resolve", id],
    ]);
    expect(audit[1]!.details).toMatchObject({ state: "RESOLVED", version: 1, note: "Lender corrected the fee" });

    // Resolved without an assignee, it reopens as open; with one, as assigned.
    await reviewMismatch({ transactionId: typeMismatch.transactionId, decision: "resolve", note: "ok" }, actor);
    // An import with nothing changed keeps both resolved.
    await importRecords();
    expect(await idsUnder("review=resolved")).toEqual([id, typeMismatch.transactionId].sort());

    amountMismatch.transactionAmount += 3;
    amountMismatch.updatedAt = "2026-12-01T00:00:00.000Z";
    typeMismatch.netAmount += 1;
    typeMismatch.updatedAt = "2026-12-01T00:00:00.000Z";
    await importRecords();
    expect(await idsUnder("review=resolved")).toEqual([]);
    expect(await idsUnder("review=assigned")).toEqual([id]);
    expect(await idsUnder("review=open")).toContain(typeMismatch.transactionId);
    const reopened = await db().mismatchReview.findUnique({ where: { transactionId: id } });
    expect(reopened).toMatchObject({ state: "ASSIGNED", recordVersion: 1, note: "Lender corrected the fee" });
    expect(reopened!.reopenedAt).not.toBeNull();
  });

  it("refuses a non-finance assignee, and a record that is not a mismatch", async () => {
    const support = await db().user.findUniqueOrThrow({ where: { email: "support@example.com" } });
    await expect(
      reviewMismatch(
        { transactionId: amountMismatch.transactionId, decision: "assign", assigneeId: support.id },
        actor,
      ),
    ).rejects.toThrow(/finance or admin/);
    const reconciled = records.find((r) => r.status === "RECONCILED")!;
    await expect(
      reviewMismatch({ transactionId: reconciled.transactionId, decision: "note", note: "x" }, actor),
    ).rejects.toThrow(/not a mismatch/);
  });
});

describe("getMismatchContext", () => {
  it("puts the lender's figure beside the sale's post-sale event and order", async () => {
    const application = await db().application.create({
      data: {
        provider: "CHARGEAFTER",
        externalId: "app-mm",
        status: "CONFIRMED",
        approvedAmount: "900.00",
        lastEventAt: new Date(),
      },
    });
    await db().fundingRecord.update({
      where: { transactionId: amountMismatch.transactionId },
      data: { applicationId: application.id, transactionType: "Settle", transactionAmount: "912.34" },
    });
    await db().applicationEvent.create({
      data: {
        applicationId: application.id,
        type: "postsale.settle.accepted",
        occurredAt: new Date("2026-11-02T00:00:00Z"),
        data: { amount: 900 },
      },
    });
    const context = await getMismatchContext(amountMismatch.transactionId);
    expect(context!.sale).toMatchObject({
      approvedAmount: "900.00",
      events: [{ type: "postsale.settle.accepted", amount: "900.00" }],
    });
    expect(context!.explanation).toMatchObject({ kind: "amount", difference: "12.34" });
    expect(context!.review).toBeNull();

    const unmatched = await getMismatchContext(typeMismatch.transactionId);
    expect(unmatched!.explanation.kind).toBe("no-sale");
    expect(await getMismatchContext(records.find((r) => r.status === "RECONCILED")!.transactionId)).toBeNull();
  });
});

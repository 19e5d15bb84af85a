// Finance matches, flags and undoes a deposit: audited, shown by findDeposits, and a later
// import that changes the deposit's records says its figure changed since it was matched.
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { findDeposits, readDepositFilters } from "@/lib/reconciliation/find-deposits";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { reviewDeposit } from "@/lib/reconciliation/review-deposit";
import { generateFundingRecords, type FakeFundingRecord } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

const ZONE = "America/New_York";
const actor = { id: null, email: "finance@example.com" };

function fundedRecords(): FakeFundingRecord[] {
  return generateFundingRecords(6, { seed: 11, idPrefix: "dep" }).map((r, i) => ({
    ...r,
    lenderName: "Finara",
    fundedAt: i < 3 ? "2026-11-10T15:00:00.000Z" : "2026-11-11T15:00:00.000Z",
    updatedAt: "2026-11-12T00:00:00.000Z",
  }));
}

async function importRecords(records: FakeFundingRecord[]) {
  const result = await importFundingReport({ fileName: "r.json", content: JSON.stringify({ records }), actor });
  expect(result.ok).toBe(true);
}

async function deposits(query = "") {
  const { filters } = readDepositFilters(new URLSearchParams(query));
  return (await findDeposits({ filters, timeZone: ZONE })).rows;
}

let records: FakeFundingRecord[];
beforeEach(async () => {
  await resetDatabase();
  records = fundedRecords();
  await importRecords(records);
});

describe("reviewDeposit", () => {
  it("matches a deposit with the bank reference, audited; a later change to its records shows", async () => {
    const [before] = await deposits("from=2026-11-10&to=2026-11-10");
    expect(before).toMatchObject({ day: "2026-11-10", lenderName: "Finara", count: 3, state: "unmatched" });

    const message = await reviewDeposit(
      {
        decision: "match",
        day: "2026-11-10",
        lenderName: "Finara",
        bankReference: " BANK-778 ",
        note: "statement 11/12",
      },
      actor,
      ZONE,
    );
    expect(message).toContain("BANK-778");
    const [matched] = await deposits("state=matched");
    expect(matched).toMatchObject({
      day: "2026-11-10",
      state: "matched",
      bankReference: "BANK-778",
      note: "statement 11/12",
      reviewedByEmail: actor.email,
      reviewedNetAmount: before!.netAmount,
      figureChanged: false,
    });
    expect((await deposits("state=unmatched")).map((d) => d.day)).toEqual(["2026-11-11"]);
    const audit = await db().auditLog.findMany({ where: { action: "deposit.match" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorEmail: actor.email,
      targetType: "deposit",
      targetId: "2026-11-10/Finara",
      details: { netAmount: before!.netAmount, count: 3, bankReference: "BANK-778", note: "statement 11/12" },
    });

    // The lender corrects one record of that day: the deposit's net moves, the match says so.
    records[0]!.netAmount += 1.25;
    records[0]!.updatedAt = "2026-11-13T00:00:00.000Z";
    await importRecords(records);
    const [changed] = await deposits("state=matched");
    expect(changed!.figureChanged).toBe(true);
    expect(changed!.reviewedNetAmount).toBe(before!.netAmount);
    expect(Number(changed!.netAmount) - Number(before!.netAmount)).toBeCloseTo(1.25, 2);
  });

  it("flags a deposit with a reason, and undoes it", async () => {
    await reviewDeposit(
      { decision: "flag", day: "2026-11-11", lenderName: "Finara", reason: "Bank shows $10 less" },
      actor,
      ZONE,
    );
    expect(await deposits("state=flagged")).toMatchObject([
      { day: "2026-11-11", state: "flagged", note: "Bank shows $10 less" },
    ]);
    await reviewDeposit({ decision: "undo", day: "2026-11-11", lenderName: "Finara" }, actor, ZONE);
    expect(await deposits("state=flagged")).toEqual([]);
    const actions = await db().auditLog.findMany({ where: { targetType: "deposit" }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["deposit.flag", "deposit.undo"]);
  });

  it("refuses a deposit that does not exist, a match without a reference, and undoing nothing", async () => {
    await expect(
      reviewDeposit({ decision: "match", day: "2026-11-09", lenderName: "Finara", bankReference: "X" }, actor, ZONE),
    ).rejects.toThrow(/no deposit/);
    await expect(
      reviewDeposit({ decision: "match", day: "2026-11-10", lenderName: "Finara", bankReference: " " }, actor, ZONE),
    ).rejects.toThrow(/reference/);
    await expect(
      reviewDeposit({ decision: "undo", day: "2026-11-10", lenderName: "Finara" }, actor, ZONE),
    ).rejects.toThrow(/not matched or flagged/);
  });
});

import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { db, type Role } from "@/lib/db/client";
import { importFundingReport } from "@/lib/reconciliation/import-funding-report";
import { generateFundingRecords } from "@/test/fakes/chargeafter-funding-api";
import { resetDatabase } from "@/test/reset-database";

// authorizeRequest reads the session through Auth.js: stand in for it with a chosen user.
const session = vi.hoisted(() => ({ current: null as { user: { id: string; sessionVersion: number } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

const { GET } = await import("@/app/api/reconciliation/export/route");

async function signInAs(role: Role) {
  const user = await db().user.create({
    data: { email: `${role.toLowerCase()}@example.com`, passwordHash: "x", role },
  });
  session.current = { user: { id: user.id, sessionVersion: user.sessionVersion } };
  return user;
}

const get = (query = "") => GET(new Request(`http://127.0.0.1/api/reconciliation/export${query}`));

beforeEach(async () => {
  await resetDatabase();
  session.current = null;
  const records = generateFundingRecords(140, { fromDate: "2026-11-01", toDate: "2026-11-30" });
  const result = await importFundingReport({
    fileName: "seed.json",
    content: JSON.stringify({ records }),
    actor: { id: null, email: "test" },
  });
  if (!result.ok) throw new Error("seed import failed");
});

describe("GET /api/reconciliation/export", () => {
  it("signed out: 401", async () => {
    expect((await get()).status).toBe(401);
  });

  it("support: 403, and nothing is audited", async () => {
    await signInAs("SUPPORT");
    const response = await get();
    expect(response.status).toBe(403);
    expect(await db().auditLog.count({ where: { action: "funding.export" } })).toBe(0);
  });

  it("finance: 200, a CSV download named after the range, never cached, audited with the filters and the row count", async () => {
    const user = await signInAs("FINANCE");
    const response = await get("?from=2026-11-01&to=2026-11-15&status=RECONCILED&status=AMOUNT_MISMATCH&cursor=abc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="funding-report_2026-11-01_2026-11-15.csv"',
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const rows = parse(await response.text(), { columns: true }) as { status: string; transactionDate: string }[];
    const expected = await db().fundingRecord.count({
      where: {
        status: { in: ["RECONCILED", "AMOUNT_MISMATCH"] },
        transactionDate: { gte: new Date("2026-11-01T00:00:00Z"), lt: new Date("2026-11-16T00:00:00Z") },
      },
    });
    expect(expected).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected);
    expect(
      rows.every((r) => ["RECONCILED", "AMOUNT_MISMATCH"].includes(r.status) && r.transactionDate < "2026-11-16"),
    ).toBe(true);

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "funding.export" } });
    expect(audit.actorId).toBe(user.id);
    expect(audit.actorEmail).toBe("finance@example.com");
    expect(audit.details).toMatchObject({
      fileName: "funding-report_2026-11-01_2026-11-15.csv",
      filters: {
        from: "2026-11-01",
        to: "2026-11-15",
        status: ["RECONCILED", "AMOUNT_MISMATCH"],
        dateField: "transactionDate",
      },
      rowCount: expected,
      completed: true,
    });
  });

  it("admin may export too; without a range the file is named for today", async () => {
    await signInAs("ADMIN");
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="funding-report_all_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect((await response.text()).trimEnd().split("\r\n")).toHaveLength(141);
  });

  it("bad parameters: 400 with every reason", async () => {
    await signInAs("FINANCE");
    const response = await get("?from=2026-02-30&status=NOPE&dateField=createdAt");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: string[] };
    expect(body.error).toBe("The export's parameters are not valid.");
    expect(body.issues).toEqual([
      'Status: "NOPE" is not one of RECONCILED, TYPE_MISMATCH, AMOUNT_MISMATCH, MISSING, ORIGINAL_TRANSACTION_MISSING, UNRECONCILED, MISMATCHED, CHARGEBACK.',
      'From date: "2026-02-30" is not a date in the calendar.',
      'Date field: "createdAt" is not one of transactionDate, fundedAt.',
    ]);
    expect(await db().auditLog.count({ where: { action: "funding.export" } })).toBe(0);
  });

  it("dates the wrong way round: 400", async () => {
    await signInAs("FINANCE");
    const response = await get("?from=2026-11-30&to=2026-11-01");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: string[] }).issues[0]).toMatch(/wrong way round/);
  });

  it.each([
    [
      "?from=9999-12-31&to=9999-12-31",
      [
        'From date: "9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.',
        'To date: "9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.',
      ],
    ],
    ["?from=0100-01-01", ['From date: "0100-01-01" is outside 2000-01-01 … 2099-12-31: use a date in that range.']],
    ["?q=%00", ["Search: Remove the NUL character (%00): it cannot be part of a search."]],
    ["?q=ada%00", ["Search: Remove the NUL character (%00): it cannot be part of a search."]],
    ["?lender=Acme%00", ["Lender: Remove the NUL character (%00): it cannot be part of a search."]],
    [`?q=${"x".repeat(201)}`, ["Search: Use at most 200 characters."]],
  ])("hostile %s: 400 with the issues as JSON, nothing streamed or audited", async (query, issues) => {
    await signInAs("FINANCE");
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: "The export's parameters are not valid.", issues });
    expect(await db().auditLog.count({ where: { action: "funding.export" } })).toBe(0);
  });

  it("the bounds themselves export", async () => {
    await signInAs("FINANCE");
    const response = await get("?from=2000-01-01&to=2099-12-31");
    expect(response.status).toBe(200);
    expect((await response.text()).trimEnd().split("\r\n")).toHaveLength(141);
  });
});

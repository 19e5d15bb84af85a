// The list exports (GET /api/<list>/export) as a spreadsheet user gets them: the page's filters,
// times in APP_TIMEZONE named in the header, exact amounts, formula cells defused, the Excel BOM,
// a file name that says the filter, finance/admin only, audited.
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { env } from "@/lib/config/env";
import { db, type Role } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";

const session = vi.hoisted(() => ({ current: null as { user: { id: string; sessionVersion: number } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

const applications = await import("@/app/api/applications/export/route");
const deliveries = await import("@/app/api/deliveries/export/route");
const deposits = await import("@/app/api/reconciliation/deposits/export/route");

async function signInAs(role: Role) {
  const user = await db().user.create({
    data: { email: `${role.toLowerCase()}@example.com`, passwordHash: "x", role },
  });
  session.current = { user: { id: user.id, sessionVersion: user.sessionVersion } };
}

const exportApplications = (query = "") =>
  applications.GET(new Request(`http://127.0.0.1/api/applications/export${query}`));

async function seedApplication(externalId: string, status: "APPROVED" | "DECLINED", firstName: string) {
  await db().application.create({
    data: {
      provider: "CHARGEAFTER",
      externalId,
      status,
      customerFirstName: firstName,
      customerLastName: "Reyes",
      approvedAmount: status === "APPROVED" ? "1299.90" : null,
      requestedAmount: "1299.90",
      lastEventAt: new Date("2026-11-20T15:04:05Z"),
    },
  });
}

beforeEach(async () => {
  await resetDatabase();
  session.current = null;
  await seedApplication("app_approved_1", "APPROVED", "=HYPERLINK(1)");
  await seedApplication("app_approved_2", "APPROVED", "Camila");
  await seedApplication("app_declined", "DECLINED", "Dora");
});

describe("GET /api/applications/export", () => {
  it("finance: the filtered rows only, the zone named in time headers, exact amounts, formulas defused, audited", async () => {
    await signInAs("FINANCE");
    const response = await exportApplications("?status=APPROVED");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /filename="applications_approved_\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = await response.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const lines = text.split("\r\n");
    expect(lines[0]).toContain(`lastEventAt (${env().APP_TIMEZONE})`);
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.externalId).sort()).toEqual(["app_approved_1", "app_approved_2"]);
    expect(rows.find((row) => row.externalId === "app_approved_1")!.customerFirstName).toBe("'=HYPERLINK(1)");
    expect(rows[0]!.approvedAmount).toBe("1299.90");
    const audit = await db().auditLog.findFirst({ where: { action: "application.export" } });
    expect(audit).not.toBeNull();
  });

  it("format=excel: the same CSV behind a UTF-8 byte order mark", async () => {
    await signInAs("ADMIN");
    const bytes = new Uint8Array(await (await exportApplications("?format=excel")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("a parameter it cannot read: 400 with the issue in words, no file", async () => {
    await signInAs("FINANCE");
    const response = await exportApplications("?from=2026-13-40");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: string[] };
    expect(body.issues.length).toBeGreaterThan(0);
    expect(body.issues.join(" ")).toMatch(/[A-Za-z]{3,}/);
  });

  it("support and the signed out may not export", async () => {
    expect((await exportApplications()).status).toBe(401);
    await signInAs("SUPPORT");
    expect((await exportApplications()).status).toBe(403);
    expect((await deliveries.GET(new Request("http://127.0.0.1/api/deliveries/export"))).status).toBe(403);
    expect((await deposits.GET(new Request("http://127.0.0.1/api/reconciliation/deposits/export"))).status).toBe(403);
  });
});

describe("GET /api/reconciliation/deposits/export", () => {
  it("finance: a header row even with no deposit yet", async () => {
    await signInAs("FINANCE");
    const response = await deposits.GET(new Request("http://127.0.0.1/api/reconciliation/deposits/export"));
    expect(response.status).toBe(200);
    const [header] = (await response.text()).split("\r\n");
    expect(header).toContain("netAmount");
  });
});

// The audit log (Settings → Audit log and GET /api/audit/export): filters by actor, action,
// target and days, keyset pages that neither skip nor repeat, refusals in words, admin only.
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { db, type Role } from "@/lib/db/client";
import { decodeCursor } from "@/lib/pagination/keyset";
import { resetDatabase } from "@/test/reset-database";

import { findAuditLog } from "../find-audit-log";
import { readAuditLogFilters } from "../find-audit-log-schema";

const session = vi.hoisted(() => ({ current: null as { user: { id: string; sessionVersion: number } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));

const route = await import("@/app/api/audit/export/route");

const TZ = "America/New_York";

async function signInAs(role: Role) {
  const user = await db().user.create({
    data: { email: `${role.toLowerCase()}@example.com`, passwordHash: "x", role },
  });
  session.current = { user: { id: user.id, sessionVersion: user.sessionVersion } };
}

const read = (query: string) => readAuditLogFilters(new URLSearchParams(query));
const find = (query: string, pageSize?: number) => findAuditLog({ ...read(query), timeZone: TZ, pageSize });

beforeEach(async () => {
  await resetDatabase();
  session.current = null;
  await db().auditLog.createMany({
    data: [
      {
        at: new Date("2026-11-01T12:00:00Z"),
        actorEmail: "ann@example.com",
        action: "delivery.replay",
        targetType: "delivery",
        targetId: "d-1",
      },
      {
        at: new Date("2026-11-02T12:00:00Z"),
        actorEmail: "bob@example.com",
        action: "user.create",
        targetType: "user",
        targetId: "u-1",
      },
      {
        at: new Date("2026-11-03T03:00:00Z"),
        actorEmail: "ann@example.com",
        action: "user.role",
        targetType: "user",
        targetId: "u-1",
        details: { role: "=ADMIN" },
      },
      {
        at: new Date("2026-11-04T12:00:00Z"),
        actorEmail: "cli:ops",
        action: "funding.sync",
        targetType: "sync-run",
        targetId: "s-1",
      },
    ],
  });
});

describe("findAuditLog", () => {
  it("filters by actor, action, target type, target id and days (in APP_TIMEZONE)", async () => {
    const ids = async (query: string) => (await find(query)).rows.map((row) => row.targetId);
    expect(await ids("")).toEqual(["s-1", "u-1", "u-1", "d-1"]);
    expect(await ids("actor=ann@example.com")).toEqual(["u-1", "d-1"]);
    expect(await ids("action=user.create&action=user.role")).toEqual(["u-1", "u-1"]);
    expect(await ids("targetType=sync-run")).toEqual(["s-1"]);
    expect(await ids("target=d-1")).toEqual(["d-1"]);
    // 2026-11-03T03:00Z is still Nov 2 in New York.
    expect(await ids("from=2026-11-02&to=2026-11-02")).toEqual(["u-1", "u-1"]);
    expect(await ids("actor=ann@example.com&action=user.role")).toEqual(["u-1"]);
  });

  it("keyset pages: every entry once, in order, and back again", async () => {
    const first = await find("", 3);
    expect(first.rows).toHaveLength(3);
    const second = await findAuditLog({
      filters: read("").filters,
      cursor: decodeCursor(first.older!, "uuid"),
      timeZone: TZ,
      pageSize: 3,
    });
    expect(second.rows.map((row) => row.targetId)).toEqual(["d-1"]);
    expect(second.older).toBeNull();
    const back = await findAuditLog({
      filters: read("").filters,
      cursor: decodeCursor(second.newer!, "uuid"),
      timeZone: TZ,
      pageSize: 3,
    });
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
  });

  it("refuses in words: an unknown action, a day outside 2000…2099, text over 200 characters, a NUL", () => {
    const { filters, issues } = read(`action=drop.tables&from=1999-12-31&target=${"x".repeat(201)}&actor=a%00b`);
    expect(issues.join("\n")).toMatch(/"drop.tables" is not an action the audit log records/);
    expect(issues.join("\n")).toMatch(/outside 2000-01-01 … 2099-12-31/);
    expect(issues.join("\n")).toMatch(/at most 200 characters/);
    expect(issues.join("\n")).toMatch(/NUL/);
    expect(filters.action).toEqual([]);
    expect(filters.from).toBeUndefined();
  });
});

describe("GET /api/audit/export", () => {
  const exportAudit = (query = "") => route.GET(new Request(`http://127.0.0.1/api/audit/export${query}`));

  it("admin: the filtered entries, details as JSON, and the export itself audited", async () => {
    await signInAs("ADMIN");
    const response = await exportAudit("?actor=ann@example.com");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /filename="audit-log_by-ann-example.com_\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.action)).toEqual(["user.role", "delivery.replay"]);
    expect(rows[0]!.details).toBe('{"role":"=ADMIN"}');
    const audit = await db().auditLog.findFirst({ where: { action: "audit-log.export" } });
    expect(audit?.actorEmail).toBe("admin@example.com");
  });

  it("a bad parameter: 400 with the issue in words", async () => {
    await signInAs("ADMIN");
    const response = await exportAudit("?to=2100-01-01");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: string[] }).issues[0]).toMatch(/To date.*outside/);
  });

  it("finance and support: 403; signed out: 401", async () => {
    expect((await exportAudit()).status).toBe(401);
    await signInAs("FINANCE");
    expect((await exportAudit()).status).toBe(403);
    await signInAs("SUPPORT");
    expect((await exportAudit()).status).toBe(403);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { getApplication } from "@/lib/applications/get-application";
import { refreshApplicationStatus, RefreshNotPossibleError } from "@/lib/applications/refresh-application-status";
import { resetEnvCache } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { startFakeStatusApi, type FakeStatusApi } from "@/test/fakes/chargeafter-status-api";
import { sharedFixture } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

import { makeApplication } from "./make-application";

const fixture = JSON.parse(sharedFixture("chargeafter", "application-status.json")) as Record<string, unknown>;
const actor = { id: null, email: "support@example.test" };
let api: FakeStatusApi;

beforeAll(async () => {
  api = await startFakeStatusApi({ statuses: { app_status_1: fixture } });
});
afterAll(() => api.close());
beforeEach(resetDatabase);

const access = () => ({ baseUrl: api.baseUrl, privateKey: api.privateKey });

describe("refreshApplicationStatus", () => {
  it("records what ChargeAfter said and an audit entry, and leaves our status alone", async () => {
    const application = await makeApplication({ externalId: "app_status_1", status: "PENDING", lenderName: "Finara" });
    const result = await refreshApplicationStatus(application.id, actor, { access: access() });
    expect(result).toMatchObject({ outcome: "ok", status: { applicationStatus: "Approved" } });

    const checks = await db().applicationStatusCheck.findMany({ where: { applicationId: application.id } });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ checkedByEmail: actor.email, applicationStatus: "Approved", response: fixture });
    const audit = await db().auditLog.findMany({ where: { targetType: "application", targetId: application.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        action: "application.status-check",
        actorEmail: actor.email,
        details: { outcome: "ok", checkId: checks[0]!.id, applicationStatus: "Approved" },
      }),
    ]);

    const after = await db().application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.status).toBe("PENDING");
    expect(after.lenderName).toBe("Finara");

    // The page sees the check, newest first.
    const detail = await getApplication(application.id);
    expect(detail?.statusChecks.map((c) => c.applicationStatus)).toEqual(["Approved"]);
  });

  it("records a failed check too (with the reason, never the key)", async () => {
    const application = await makeApplication({ externalId: "app_status_1" });
    api.failNext(1, "500");
    const failed = await refreshApplicationStatus(application.id, actor, { access: access() });
    expect(failed).toMatchObject({ outcome: "failed", kind: "server-error" });
    const unauthorized = await refreshApplicationStatus(application.id, actor, {
      access: { ...access(), privateKey: "not-the-key" },
    });
    expect(unauthorized).toMatchObject({ outcome: "failed", kind: "unauthorized" });

    const checks = await db().applicationStatusCheck.findMany({
      where: { applicationId: application.id },
      orderBy: { checkedAt: "asc" },
    });
    expect(checks.map((c) => c.applicationStatus)).toEqual([null, null]);
    expect(checks[0]!.response).toMatchObject({ error: { kind: "server-error", httpStatus: 500 } });
    expect(JSON.stringify(checks)).not.toContain("not-the-key");
    const audit = await db().auditLog.findMany({ where: { targetId: application.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => (a.details as { outcome: string }).outcome)).toEqual(["failed", "failed"]);
  });

  it("refuses what cannot be refreshed: unknown ids, WeGetFinancing applications, no key configured", async () => {
    await expect(refreshApplicationStatus("not-a-uuid", actor, { access: access() })).rejects.toBeInstanceOf(
      RefreshNotPossibleError,
    );
    await expect(
      refreshApplicationStatus("00000000-0000-4000-8000-000000000000", actor, { access: access() }),
    ).rejects.toThrow("There is no such application.");
    const wgf = await makeApplication({ provider: "WEGETFINANCING" });
    await expect(refreshApplicationStatus(wgf.id, actor, { access: access() })).rejects.toThrow(
      "Only ChargeAfter applications",
    );
    const ca = await makeApplication({ externalId: "app_status_1" });
    await expect(refreshApplicationStatus(ca.id, actor, { access: null })).rejects.toThrow(
      "Not configured: set CHARGEAFTER_PRIVATE_KEY",
    );

    // Without options it reads the environment.
    const saved = { ...process.env };
    try {
      delete process.env.CHARGEAFTER_PRIVATE_KEY;
      resetEnvCache();
      await expect(refreshApplicationStatus(ca.id, actor)).rejects.toThrow("Not configured");
      Object.assign(process.env, { CHARGEAFTER_PRIVATE_KEY: api.privateKey, CHARGEAFTER_API_BASE_URL: api.baseUrl });
      resetEnvCache();
      expect(await refreshApplicationStatus(ca.id, actor)).toMatchObject({ outcome: "ok" });
    } finally {
      process.env = saved;
      resetEnvCache();
    }
    expect(await db().applicationStatusCheck.count()).toBe(1);
  });
});

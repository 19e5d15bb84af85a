import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

import { runAlertChecks } from "@/lib/alerts/run-alert-checks";
import { db } from "@/lib/db/client";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { makeDispute } from "@/lib/disputes/__tests__/make-dispute";
import { startEventReceiver } from "@/lib/events/__tests__/event-receiver";
import { resetDatabase } from "@/test/reset-database";

import { useAlertChannels } from "./alert-channels-env";
import { startSmtpReceiver } from "./smtp-receiver";

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let hook: Awaited<ReturnType<typeof startEventReceiver>>;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  hook = await startEventReceiver();
  useAlertChannels({ smtpUrl: smtp.url, webhookUrl: hook.url });
});
afterAll(async () => {
  await smtp.close();
  await hook.close();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.mails.length = 0;
  hook.received.length = 0;
});

const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);
const alerts = (kind: string) => db().alert.findMany({ where: { kind }, orderBy: { firstSeenAt: "asc" } });
const webhookTexts = () => hook.received.map((r) => (JSON.parse(r.body) as { text: string }).text);

it("a dispute sends one e-mail and one webhook message; a second within 10 minutes only counts", async () => {
  const now = new Date();
  const first = await makeDispute();
  await runAlertChecks(now);
  expect(smtp.mails).toHaveLength(1);
  expect(smtp.mails[0]!.to).toEqual(["ops@example.test", "finance@example.test"]);
  expect(smtp.mails[0]!.raw).toContain("Subject: [Financing Desk] A dispute was opened");
  expect(smtp.mails[0]!.text).toContain(`https://desk.example.test/disputes/${first.id}`);
  expect(webhookTexts()).toHaveLength(1);
  expect(webhookTexts()[0]).toContain("A dispute was opened (how many: 1)");
  expect(webhookTexts()[0]).toContain(`https://desk.example.test/disputes/${first.id}`);

  await makeDispute();
  await runAlertChecks(minutes(now, 2));
  await runAlertChecks(minutes(now, 3)); // nothing new: the count stays 2
  expect(smtp.mails).toHaveLength(1);
  expect(hook.received).toHaveLength(1);
  const [alert] = await alerts("dispute_created");
  expect(alert).toMatchObject({ count: 2, title: "2 disputes were opened", resolvedAt: null });
  expect(await db().alert.count()).toBe(1);

  // Once the 10 minutes are over, the grouped second dispute is told, once.
  await runAlertChecks(minutes(now, 11));
  await runAlertChecks(minutes(now, 12));
  expect(webhookTexts()).toHaveLength(2);
  expect(webhookTexts()[1]).toContain("2 disputes were opened (how many: 2)");
  expect(smtp.mails).toHaveLength(2);
});

it("resolves the dispute alert once every dispute it counted is resolved", async () => {
  const now = new Date();
  const one = await makeDispute();
  const two = await makeDispute();
  await runAlertChecks(now);
  await db().dispute.update({ where: { id: one.id }, data: { status: "RESOLVED" } });
  await runAlertChecks(minutes(now, 1));
  expect((await alerts("dispute_created"))[0]!.resolvedAt).toBeNull();
  await db().dispute.update({ where: { id: two.id }, data: { status: "RESOLVED" } });
  await runAlertChecks(minutes(now, 2));
  expect((await alerts("dispute_created"))[0]!.resolvedAt).toEqual(minutes(now, 2));
  // A later dispute opens a new alert, and does not count the old ones again.
  await makeDispute();
  await runAlertChecks(minutes(now, 3));
  const [, reopened] = await alerts("dispute_created");
  expect(reopened).toMatchObject({ count: 1, resolvedAt: null });
});

it("more than 5 refused signatures in 10 minutes opens an alert per provider; it resolves when they stop", async () => {
  const now = new Date();
  const refused = (n: number, provider: "CHARGEAFTER" | "WEGETFINANCING") =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        makeDelivery({
          provider,
          verification: "INVALID",
          processing: "REJECTED",
          responseStatus: 401,
          receivedAt: minutes(now, -i),
        }),
      ),
    );
  await refused(6, "CHARGEAFTER");
  await refused(5, "WEGETFINANCING");
  await makeDelivery({ verification: "INVALID", processing: "REJECTED", receivedAt: minutes(now, -30) });
  await runAlertChecks(now);
  const [alert, ...others] = await alerts("signatures_refused");
  expect(others).toEqual([]);
  expect(alert).toMatchObject({
    groupKey: "CHARGEAFTER",
    count: 6,
    link: "/deliveries?verification=INVALID&provider=CHARGEAFTER",
    resolvedAt: null,
  });
  expect(webhookTexts()[0]).toContain("6 deliveries were refused for a bad signature (ChargeAfter)");
  expect(webhookTexts()[0]).toContain("https://desk.example.test/deliveries?verification=INVALID&provider=CHARGEAFTER");

  await runAlertChecks(minutes(now, 5)); // some still within the window
  expect((await alerts("signatures_refused"))[0]!.resolvedAt).toBeNull();
  await runAlertChecks(minutes(now, 11)); // a whole window without one
  expect((await alerts("signatures_refused"))[0]!.resolvedAt).toEqual(minutes(now, 11));
});

it("a failed funding sync opens an alert that a later successful sync resolves", async () => {
  const now = new Date();
  const run = (status: "FAILED" | "SUCCEEDED") =>
    db().syncRun.create({
      data: {
        source: "API",
        status,
        startedByEmail: "schedule",
        finishedAt: now,
        error: status === "FAILED" ? "HTTP 503 from ChargeAfter" : null,
      },
    });
  await run("SUCCEEDED");
  await run("FAILED");
  await runAlertChecks(now);
  const [alert] = await alerts("funding_sync_failed");
  expect(alert).toMatchObject({ title: "The funding sync failed", count: 1, link: "/reconciliation#funding-sync" });
  expect(alert!.detail).toContain("HTTP 503 from ChargeAfter");
  await run("SUCCEEDED");
  await runAlertChecks(minutes(now, 1));
  expect((await alerts("funding_sync_failed"))[0]!.resolvedAt).not.toBeNull();
});

it("an SMTP server that is down does not fail the check", async () => {
  useAlertChannels({ smtpUrl: "smtp://nobody:x@127.0.0.1:1", webhookUrl: hook.url });
  try {
    await makeDispute();
    await expect(runAlertChecks()).resolves.toContain("1 open issue");
    expect(hook.received).toHaveLength(1);
  } finally {
    useAlertChannels({ smtpUrl: smtp.url, webhookUrl: hook.url });
  }
});

it("a channel that is down is logged, and the check and the other channel go on", async () => {
  const down = await startEventReceiver([], 503);
  useAlertChannels({ smtpUrl: smtp.url, webhookUrl: down.url });
  try {
    await makeDispute();
    await expect(runAlertChecks()).resolves.toContain("1 open issue");
    expect(down.received).toHaveLength(1);
    expect(smtp.mails).toHaveLength(1);
    const [alert] = await alerts("dispute_created");
    expect(alert!.lastNotifiedAt).not.toBeNull();
  } finally {
    await down.close();
    useAlertChannels({ smtpUrl: smtp.url, webhookUrl: hook.url });
  }
});

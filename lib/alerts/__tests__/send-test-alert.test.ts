import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

import { describeAlertChannels } from "@/lib/alerts/channels/describe-alert-channels";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { db } from "@/lib/db/client";
import { startEventReceiver } from "@/lib/events/__tests__/event-receiver";
import { resetDatabase } from "@/test/reset-database";

import { useAlertChannels } from "./alert-channels-env";
import { startSmtpReceiver } from "./smtp-receiver";

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let hook: Awaited<ReturnType<typeof startEventReceiver>>;
const admin = { id: null, email: "admin@example.test" };

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  hook = await startEventReceiver([503]);
});
afterAll(async () => {
  await smtp.close();
  await hook.close();
});
beforeEach(() => resetDatabase());

it("shows the channels without secrets: the SMTP password masked, the webhook's host only", () => {
  useAlertChannels({ smtpUrl: smtp.url, webhookUrl: `${hook.url}/T000/B000/XXXXsecret` });
  const view = describeAlertChannels();
  expect(view.email).toEqual({
    configured: true,
    server: `smtp://alerts:••••@127.0.0.1:${smtp.port}`,
    recipients: ["ops@example.test", "finance@example.test"],
    problem: null,
  });
  expect(view.webhook).toEqual({ configured: true, host: new URL(hook.url).host });
  expect(JSON.stringify(view)).not.toMatch(/s3cret|XXXXsecret/);

  useAlertChannels({ smtpUrl: smtp.url, emails: "" });
  expect(describeAlertChannels().email).toMatchObject({
    configured: false,
    problem: expect.stringContaining("ALERT_EMAILS"),
  });
  expect(describeAlertChannels().webhook).toEqual({ configured: false, host: null });
});

it("sends a test through each configured channel and says per channel what happened; audited", async () => {
  useAlertChannels({ smtpUrl: smtp.url, webhookUrl: hook.url });
  const first = await sendTestAlert(admin);
  expect(first).toEqual([
    { channel: "email", ok: true, detail: expect.stringContaining("sent to 2 addresses") },
    { channel: "webhook", ok: false, detail: "the webhook answered HTTP 503" },
  ]);
  const second = await sendTestAlert(admin);
  expect(second[1]).toEqual({ channel: "webhook", ok: true, detail: "posted (HTTP 200)" });
  expect(smtp.mails).toHaveLength(2);
  expect(smtp.mails[0]!.text).toContain("Subject: [Financing Desk] Test alert");
  expect(JSON.parse(hook.received[1]!.body)).toEqual({
    text: expect.stringContaining("https://desk.example.test/issues"),
  });
  const audit = await db().auditLog.findMany({ orderBy: { at: "asc" } });
  expect(audit.map((entry) => [entry.action, entry.details])).toEqual([
    [
      "settings.test-alert",
      [
        { channel: "email", ok: true },
        { channel: "webhook", ok: false },
      ],
    ],
    [
      "settings.test-alert",
      [
        { channel: "email", ok: true },
        { channel: "webhook", ok: true },
      ],
    ],
  ]);
});

it("sends nothing when no channel is configured", async () => {
  useAlertChannels({});
  expect(await sendTestAlert(admin)).toEqual([]);
});

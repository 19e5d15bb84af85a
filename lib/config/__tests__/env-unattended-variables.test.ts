import { describe, expect, it } from "vitest";

import { envSchema } from "@/lib/config/env";

const issues = (input: Record<string, string>) => {
  const parsed = envSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("variables for running unattended", () => {
  it("unset means the documented defaults: a daily sync at 06:00 of 45 days, no alerts, bodies kept", () => {
    const defaults = envSchema.parse({});
    expect(defaults).toMatchObject({
      FUNDING_SYNC_SCHEDULE: "0 6 * * *",
      FUNDING_SYNC_DAYS: 45,
      ALERT_EMAILS: [],
      HOST: "0.0.0.0",
      LOG_LEVEL: "info",
    });
    expect([defaults.SMTP_URL, defaults.ALERT_WEBHOOK_URL, defaults.RETENTION_DAYS]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const blank = envSchema.parse({ RETENTION_DAYS: " ", ALERT_EMAILS: "" });
    expect([blank.RETENTION_DAYS, blank.ALERT_EMAILS]).toEqual([undefined, []]);
  });

  it("reads a cron expression or off, recipients as a list and retention in days", () => {
    expect(
      envSchema.parse({
        FUNDING_SYNC_SCHEDULE: "*/15 6-18 * * 1-5",
        FUNDING_SYNC_DAYS: "7",
        SMTP_URL: "smtp://desk:secret@127.0.0.1:2525",
        ALERT_EMAILS: " finance@shop.example , ops@shop.example ",
        ALERT_WEBHOOK_URL: "https://hooks.example.com/services/T0/B0/x",
        RETENTION_DAYS: "90",
        HOST: "127.0.0.1",
      }),
    ).toMatchObject({
      FUNDING_SYNC_SCHEDULE: "*/15 6-18 * * 1-5",
      FUNDING_SYNC_DAYS: 7,
      ALERT_EMAILS: ["finance@shop.example", "ops@shop.example"],
      RETENTION_DAYS: 90,
      HOST: "127.0.0.1",
    });
    expect(envSchema.parse({ FUNDING_SYNC_SCHEDULE: "off" }).FUNDING_SYNC_SCHEDULE).toBe("off");
  });

  it("refuses each bad value in words, naming the variable", () => {
    expect(
      issues({
        FUNDING_SYNC_SCHEDULE: "every morning",
        FUNDING_SYNC_DAYS: "0",
        SMTP_URL: "mail.example.com",
        ALERT_EMAILS: "finance@shop.example, not-an-address",
        ALERT_WEBHOOK_URL: "ftp://hooks.example.com",
        RETENTION_DAYS: "30d",
        LOG_LEVEL: "loud",
      }),
    ).toEqual([
      'FUNDING_SYNC_SCHEDULE: a cron expression such as "0 6 * * *" (minute hour day month weekday), or "off"',
      'FUNDING_SYNC_DAYS: must be a whole number from 1 to 366 (unset means 45), not "0"',
      "SMTP_URL: an address such as smtp://user:pass@host:587 (smtp:// or smtps://)",
      "ALERT_EMAILS.1: comma-separated e-mail addresses",
      "ALERT_WEBHOOK_URL: an http(s) URL of a Slack-compatible incoming webhook",
      "RETENTION_DAYS: must be a whole number of days from 1 to 36500, or unset to keep bodies",
      expect.stringMatching(/^LOG_LEVEL: /),
    ]);
    expect(issues({ FUNDING_SYNC_SCHEDULE: "61 6 * * *" })).toHaveLength(1);
    expect(issues({ FUNDING_SYNC_SCHEDULE: "0 6 * * * *" })).toHaveLength(1);
  });
});

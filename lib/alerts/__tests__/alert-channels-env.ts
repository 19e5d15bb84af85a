// Points the alert channels at the test's receivers (or at nothing) for one test file.
import { resetEnvCache } from "@/lib/config/env";

export function useAlertChannels(channels: { smtpUrl?: string; webhookUrl?: string; emails?: string }): void {
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  set("SMTP_URL", channels.smtpUrl);
  set("ALERT_WEBHOOK_URL", channels.webhookUrl);
  set("ALERT_EMAILS", channels.emails ?? (channels.smtpUrl ? "ops@example.test,finance@example.test" : undefined));
  process.env.PUBLIC_BASE_URL = "https://desk.example.test";
  resetEnvCache();
}

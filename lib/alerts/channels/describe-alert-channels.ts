// What Settings shows of the alert channels: configured or not, and where they go, never a
// secret (the SMTP password masked, the webhook's host only: its path is the secret).
import { env } from "@/lib/config/env";

export type AlertChannelsView = {
  email: { configured: boolean; server: string | null; recipients: string[]; problem: string | null };
  webhook: { configured: boolean; host: string | null };
};

function maskSmtpUrl(url: string): string {
  const parsed = new URL(url);
  const user = parsed.username ? `${decodeURIComponent(parsed.username)}${parsed.password ? ":••••" : ""}@` : "";
  return `${parsed.protocol}//${user}${parsed.host}`;
}

export function describeAlertChannels(): AlertChannelsView {
  const { SMTP_URL, ALERT_EMAILS, ALERT_WEBHOOK_URL } = env();
  const problem =
    SMTP_URL && !ALERT_EMAILS.length
      ? "SMTP_URL is set but ALERT_EMAILS is empty: no e-mail is sent."
      : !SMTP_URL && ALERT_EMAILS.length
        ? "ALERT_EMAILS is set but SMTP_URL is not: no e-mail is sent."
        : null;
  return {
    email: {
      configured: !!SMTP_URL && ALERT_EMAILS.length > 0,
      server: SMTP_URL ? maskSmtpUrl(SMTP_URL) : null,
      recipients: ALERT_EMAILS,
      problem,
    },
    webhook: { configured: !!ALERT_WEBHOOK_URL, host: ALERT_WEBHOOK_URL ? new URL(ALERT_WEBHOOK_URL).host : null },
  };
}

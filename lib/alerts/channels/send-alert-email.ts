// The e-mail channel: one message to every ALERT_EMAILS address through SMTP_URL.
import nodemailer from "nodemailer";

import { env } from "@/lib/config/env";

export type AlertMessage = { subject: string; text: string };

const SMTP_TIMEOUT_MS = 10_000;

export async function sendAlertEmail(message: AlertMessage): Promise<string> {
  const { SMTP_URL, ALERT_EMAILS } = env();
  if (!SMTP_URL || !ALERT_EMAILS.length) throw new Error("not configured");
  const transport = nodemailer.createTransport(SMTP_URL, {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  try {
    const from = `Financing Desk <alerts@${senderDomain()}>`;
    const info = await transport.sendMail({ from, to: ALERT_EMAILS, subject: message.subject, text: message.text });
    return `sent to ${ALERT_EMAILS.length} ${ALERT_EMAILS.length === 1 ? "address" : "addresses"} (${info.response})`;
  } finally {
    transport.close();
  }
}

// The desk's own address names the sender; there is no variable of its own for it.
const senderDomain = () => (env().PUBLIC_BASE_URL ? new URL(env().PUBLIC_BASE_URL!).hostname : "localhost");

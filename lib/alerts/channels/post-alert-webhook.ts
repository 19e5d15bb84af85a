// The Slack-compatible channel: POST {"text": …} to ALERT_WEBHOOK_URL, given 10 seconds.
import { env } from "@/lib/config/env";

import type { AlertMessage } from "./send-alert-email";

const WEBHOOK_TIMEOUT_MS = 10_000;

export async function postAlertWebhook(message: AlertMessage): Promise<string> {
  const url = env().ALERT_WEBHOOK_URL;
  if (!url) throw new Error("not configured");
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: `*${message.subject}*\n${message.text}` }),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`the webhook answered HTTP ${response.status}`);
  return `posted (HTTP ${response.status})`;
}

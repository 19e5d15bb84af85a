// Sends one message through every configured channel. A channel that fails is logged and
// reported, never thrown: the other channel and the check go on.
import { env } from "@/lib/config/env";
import { componentLogger } from "@/lib/log/logger";

import { postAlertWebhook } from "./post-alert-webhook";
import { sendAlertEmail, type AlertMessage } from "./send-alert-email";

const log = componentLogger("alerts");

export type AlertChannel = "email" | "webhook";
export type ChannelResult = { channel: AlertChannel; ok: boolean; detail: string };

export function configuredChannels(): AlertChannel[] {
  const config = env();
  return [
    ...(config.SMTP_URL && config.ALERT_EMAILS.length ? (["email"] as const) : []),
    ...(config.ALERT_WEBHOOK_URL ? (["webhook"] as const) : []),
  ];
}

const senders: Record<AlertChannel, (message: AlertMessage) => Promise<string>> = {
  email: sendAlertEmail,
  webhook: postAlertWebhook,
};

export async function sendAlertMessage(message: AlertMessage): Promise<ChannelResult[]> {
  return Promise.all(
    configuredChannels().map(async (channel): Promise<ChannelResult> => {
      try {
        return { channel, ok: true, detail: await senders[channel](message) };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        log.error({ channel, subject: message.subject, err: detail }, "alert channel failed");
        return { channel, ok: false, detail };
      }
    }),
  );
}

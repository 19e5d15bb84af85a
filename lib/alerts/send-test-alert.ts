// Settings' "Send test alert" (admin): one message through each configured channel, and what
// each said. Audited, since it reaches people outside the desk.
import "server-only";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

import { alertUrl } from "./channels/alert-url";
import { sendAlertMessage, type ChannelResult } from "./channels/send-alert-message";

export async function sendTestAlert(actor: Actor): Promise<ChannelResult[]> {
  const results = await sendAlertMessage({
    subject: "[Financing Desk] Test alert",
    text: `${actor.email} sent this test from Settings. Alerts arrive like this one, grouped per kind.\n${alertUrl("/issues")}`,
  });
  await db().$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "settings.test-alert",
      details: results.map(({ channel, ok }) => ({ channel, ok })),
    }),
  );
  return results;
}

// "Send a test event": an endpoint.test event to this endpoint only (not in the feed), signed
// and retried like any other, so the shop can check its verification before real events come.
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

import { TEST_EVENT_TYPE } from "./event-schemas";
import { EVENTS_CHANNEL } from "./event-writer";
import { newEventId } from "./record-event";

export async function sendTestEvent(endpointId: string, actor: Actor): Promise<string> {
  return db().$transaction(async (tx) => {
    const endpoint = await tx.eventEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: { url: true } });
    const event = await tx.outboundEvent.create({
      data: {
        id: newEventId(),
        type: TEST_EVENT_TYPE,
        data: { message: "A test event from the Financing Desk.", endpoint_url: endpoint.url },
      },
    });
    await tx.eventDelivery.create({ data: { eventId: event.id, endpointId } });
    await tx.$executeRawUnsafe(`SELECT pg_notify('${EVENTS_CHANNEL}', '')`);
    await recordAudit(tx, actor, {
      action: "event-endpoint.test",
      targetType: "event-endpoint",
      targetId: endpointId,
      details: { eventId: event.id },
    });
    return event.id;
  });
}

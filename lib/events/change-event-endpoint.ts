// Removes an endpoint (its log goes with it) or enables a disabled one again; audited.
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors/user-facing-error";

export type EndpointChange = "remove" | "enable";

/** `endpoint` is the id (Settings) or the URL (the command line). */
export async function changeEventEndpoint(
  endpoint: { id?: string; url?: string },
  change: EndpointChange,
  actor: Actor,
) {
  return db().$transaction(async (tx) => {
    const found = await tx.eventEndpoint.findFirst({
      where: endpoint.id ? { id: endpoint.id } : { url: endpoint.url ?? "" },
      select: { id: true, url: true, disabledAt: true },
    });
    if (!found) throw new UserFacingError(`No event endpoint ${endpoint.url ?? ""}`.trim() + ".");
    if (change === "remove") await tx.eventEndpoint.delete({ where: { id: found.id } });
    else
      await tx.eventEndpoint.update({
        where: { id: found.id },
        data: { disabledAt: null, disabledReason: null, failingSince: null },
      });
    await recordAudit(tx, actor, {
      action: change === "remove" ? "event-endpoint.delete" : "event-endpoint.enable",
      targetType: "event-endpoint",
      targetId: found.id,
      details: { url: found.url },
    });
    return found;
  });
}

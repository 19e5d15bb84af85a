// The actors to offer in the audit log's filter: every distinct actor email, by a skip scan
// over the (actorEmail, at, id) index, so it costs the same at any size of log.
import { listDistinctValues } from "@/lib/pagination/list-distinct-values";

export const AUDIT_ACTOR_LIMIT = 200;

export function findAuditLogActors(limit = AUDIT_ACTOR_LIMIT): Promise<string[]> {
  return listDistinctValues({ table: "AuditLog", column: "actorEmail", limit });
}

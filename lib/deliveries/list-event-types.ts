// The event types to offer in the log's filter: every distinct normalised event type stored,
// by a skip scan over the (eventType, receivedAt, id) index. Capped: unknown providers'
// types are stored as received and could be many.
import { listDistinctValues } from "@/lib/pagination/list-distinct-values";

export const EVENT_TYPE_LIMIT = 200;

export function listEventTypes(limit = EVENT_TYPE_LIMIT): Promise<string[]> {
  return listDistinctValues({ table: "Delivery", column: "eventType", limit });
}

// The outbox: an event is written in the transaction of the change it reports, with one
// delivery row per enabled endpoint that takes its type, so a rolled-back change leaves no
// event and a crash after the commit loses none. The job runners (lib/jobs) hand new rows to
// the queue; NOTIFY wakes them at commit.
import { v7 as uuidv7 } from "uuid";

import { eventDataSchemas, type EventType } from "./event-schemas";
import { EVENTS_CHANNEL, execute, UUID7_SQL, type EventTx } from "./event-writer";

/** One delivery per endpoint that takes the type, for the rows of a CTE named `event` (id, type). */
export const FAN_OUT = `
  INSERT INTO "EventDelivery" (id, "eventId", "endpointId")
  SELECT ${UUID7_SQL}, e.id, p.id
  FROM event e
  CROSS JOIN (SELECT pg_notify('${EVENTS_CHANNEL}', '')) AS woken
  JOIN "EventEndpoint" p ON p."disabledAt" IS NULL AND (cardinality(p."eventTypes") = 0 OR e.type = ANY(p."eventTypes"))`;

export function newEventId(): string {
  return `evt_${uuidv7()}`;
}

/** Writes one event whose data the caller built (checked against its type's schema). */
export async function recordEvent<T extends EventType>(tx: EventTx, type: T, data: unknown): Promise<string> {
  const parsed = eventDataSchemas[type].parse(data);
  const id = newEventId();
  await execute(
    tx,
    `WITH event AS (INSERT INTO "OutboundEvent" (id, type, data) VALUES ($1, $2, $3::jsonb) RETURNING id, type) ${FAN_OUT}`,
    [id, type, JSON.stringify(parsed)],
  );
  return id;
}

/**
 * Writes one event per row of `source`, a SELECT yielding a `data` jsonb column built from the
 * rows the change just wrote (lib/events/event-payload-sql.ts); returns how many deliveries.
 * Set-based, so a sync page of a thousand changed records is one statement.
 */
export async function recordEventsFrom(
  tx: EventTx,
  type: EventType,
  source: string,
  params: unknown[],
): Promise<number> {
  const typeParam = `$${params.length + 1}`;
  return execute(
    tx,
    `WITH source AS (${source}),
     event AS (
       INSERT INTO "OutboundEvent" (id, type, data)
       SELECT 'evt_' || ${UUID7_SQL}::text, ${typeParam}, s.data FROM source s
       RETURNING id, type
     ) ${FAN_OUT}`,
    [...params, type],
  );
}

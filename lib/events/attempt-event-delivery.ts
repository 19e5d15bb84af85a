// One attempt of one EventDelivery, as a queue job runs it: claim the row if it is due, post
// the event, record the attempt, and either finish, schedule the next retry, or fail it. The
// claim (a due row pushed a minute ahead) makes a second job for the same attempt a no-op.
import { systemActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { enqueueEventDeliveries } from "@/lib/jobs/event-queue";

import { TEST_EVENT_TYPE } from "./event-schemas";
import { postEvent, type AttemptResult } from "./post-event";
import { nextRetryDelayMs } from "./retry-schedule";

const LEASE = "60 seconds";
export const DISABLE_AFTER = "5 days";

type Claimed = {
  attemptCount: number;
  endpointId: string;
  url: string;
  secret: string;
  disabled: boolean;
  eventId: string;
  type: string;
  createdAt: Date;
  data: unknown;
};

export type AttemptOutcome = "skipped" | "succeeded" | "retrying" | "failed";

export async function attemptEventDelivery(deliveryId: string): Promise<AttemptOutcome> {
  // The claim reads the event and its endpoint in the same round trip.
  const [claimed] = await db().$queryRawUnsafe<Claimed[]>(
    `WITH claimed AS (
       UPDATE "EventDelivery" SET "nextAttemptAt" = now() + interval '${LEASE}'
       WHERE id = $1::uuid AND status = 'PENDING' AND "nextAttemptAt" <= now()
       RETURNING "attemptCount", "eventId", "endpointId"
     )
     SELECT c."attemptCount", c."endpointId"::text AS "endpointId", p.url, p.secret,
            p."disabledAt" IS NOT NULL AS disabled, e.id AS "eventId", e.type, e."createdAt", e.data
     FROM claimed c
     JOIN "OutboundEvent" e ON e.id = c."eventId"
     JOIN "EventEndpoint" p ON p.id = c."endpointId"`,
    deliveryId,
  );
  if (!claimed) return "skipped";
  // A test event still goes to a disabled endpoint: it is how an admin checks it before enabling it.
  if (claimed.disabled && claimed.type !== TEST_EVENT_TYPE) {
    await db().eventDelivery.update({
      where: { id: deliveryId },
      data: { status: "FAILED", nextAttemptAt: null, lastError: "The endpoint is disabled." },
    });
    return "failed";
  }
  const body = JSON.stringify({
    id: claimed.eventId,
    type: claimed.type,
    created_at: claimed.createdAt.toISOString(),
    data: claimed.data,
  });
  const attemptedAt = new Date();
  const result = await postEvent(claimed.url, claimed.secret, claimed.eventId, body);
  const attempts = claimed.attemptCount + 1;
  const delay = result.ok ? null : nextRetryDelayMs(attempts);
  const nextAttemptAt = delay === null ? null : new Date(Date.now() + delay);
  await recordAttempt(deliveryId, claimed.endpointId, attemptedAt, attempts, result, nextAttemptAt);
  if (nextAttemptAt) await enqueueEventDeliveries([{ id: deliveryId, nextAttemptAt }]);
  return result.ok ? "succeeded" : nextAttemptAt ? "retrying" : "failed";
}

async function recordAttempt(
  deliveryId: string,
  endpointId: string,
  attemptedAt: Date,
  attempts: number,
  result: AttemptResult,
  nextAttemptAt: Date | null,
) {
  await db().$transaction(async (tx) => {
    await tx.eventDeliveryAttempt.create({
      data: {
        deliveryId,
        attemptedAt,
        durationMs: result.durationMs,
        httpStatus: result.httpStatus,
        error: result.error,
        responseExcerpt: result.excerpt,
      },
    });
    await tx.eventDelivery.update({
      where: { id: deliveryId },
      data: {
        status: result.ok ? "SUCCEEDED" : nextAttemptAt ? "PENDING" : "FAILED",
        attemptCount: attempts,
        lastAttemptAt: attemptedAt,
        lastStatus: result.httpStatus,
        lastError: result.error,
        nextAttemptAt,
      },
    });
    if (result.ok) {
      await tx.eventEndpoint.updateMany({
        where: { id: endpointId, failingSince: { not: null } },
        data: { failingSince: null },
      });
      return;
    }
    // Failing since the first failure after the last success; five days of it disables the endpoint.
    const [endpoint] = await tx.$queryRawUnsafe<{ url: string; failingSince: Date; disabled: boolean }[]>(
      `UPDATE "EventEndpoint" SET "failingSince" = COALESCE("failingSince", $2::timestamptz),
         "disabledAt" = CASE WHEN COALESCE("failingSince", $2::timestamptz) <= now() - interval '${DISABLE_AFTER}' THEN now() END,
         "disabledReason" = CASE WHEN COALESCE("failingSince", $2::timestamptz) <= now() - interval '${DISABLE_AFTER}'
           THEN 'Every attempt failed for 5 days (last: ' || $3 || '); enable it again once it answers.' END
       WHERE id = $1::uuid AND "disabledAt" IS NULL
       RETURNING url, "failingSince", "disabledAt" IS NOT NULL AS disabled`,
      endpointId,
      attemptedAt,
      result.error ?? "no answer",
    );
    if (endpoint?.disabled)
      await recordAudit(tx, systemActor, {
        action: "event-endpoint.disable",
        targetType: "event-endpoint",
        targetId: endpointId,
        details: { url: endpoint.url, failingSince: endpoint.failingSince.toISOString(), lastError: result.error },
      });
  });
}

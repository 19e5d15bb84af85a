// "Refresh from ChargeAfter": asks ChargeAfter for its view of one application and
// records what it saw (an ApplicationStatusCheck row, also when the call failed) with
// an audit entry, in one transaction. It never changes our status: the page shows the
// provider's view beside ours, and only webhooks move an application.
import "server-only";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { db, type Prisma } from "@/lib/db/client";
import { chargeAfterApiAccess, type ChargeAfterApiAccess } from "@/lib/providers/chargeafter/api-base-url";
import {
  ApplicationStatusError,
  fetchApplicationStatus,
  orderLinkIds,
  type ApplicationStatusResponse,
} from "@/lib/providers/chargeafter/application-status-client";

import { applicationIdSchema } from "./get-application";
import { learnOrderLink } from "./link-post-sale-event";

export const STATUS_CHECK_NOT_CONFIGURED = "Not configured: set CHARGEAFTER_PRIVATE_KEY";

/** Why a refresh could not even be tried: shown as it is. */
export class RefreshNotPossibleError extends Error {}

export type RefreshResult =
  | { outcome: "ok"; checkId: string; status: ApplicationStatusResponse }
  | { outcome: "failed"; checkId: string; message: string; kind: ApplicationStatusError["kind"] };

export type RefreshOptions = {
  /** Defaults to CHARGEAFTER_API_BASE_URL / CHARGEAFTER_ENV and CHARGEAFTER_PRIVATE_KEY. */
  access?: ChargeAfterApiAccess | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

/** True when the refresh can be offered (a private key is set). */
export function isStatusCheckConfigured(): boolean {
  return chargeAfterApiAccess(env()) !== null;
}

export async function refreshApplicationStatus(
  applicationId: string,
  actor: Actor,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const id = applicationIdSchema.safeParse(applicationId);
  if (!id.success) throw new RefreshNotPossibleError("There is no such application.");
  const application = await db().application.findUnique({
    where: { id: id.data.toLowerCase() },
    select: { id: true, provider: true, externalId: true, merchantOrderId: true },
  });
  if (!application) throw new RefreshNotPossibleError("There is no such application.");
  if (application.provider !== "CHARGEAFTER")
    throw new RefreshNotPossibleError("Only ChargeAfter applications can be refreshed from the provider.");
  const access = options.access === undefined ? chargeAfterApiAccess(env()) : options.access;
  if (!access) throw new RefreshNotPossibleError(STATUS_CHECK_NOT_CONFIGURED);

  let outcome:
    | { ok: true; status: ApplicationStatusResponse; raw: Record<string, unknown> }
    | { ok: false; error: ApplicationStatusError };
  try {
    const result = await fetchApplicationStatus({
      applicationId: application.externalId,
      ...access,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
    });
    outcome = { ok: true, ...result };
  } catch (error) {
    if (!(error instanceof ApplicationStatusError)) throw error;
    outcome = { ok: false, error };
  }

  const response: Prisma.InputJsonValue = outcome.ok
    ? (outcome.raw as Prisma.InputJsonObject)
    : { error: { kind: outcome.error.kind, httpStatus: outcome.error.status, message: outcome.error.message } };
  const applicationStatus = outcome.ok ? outcome.status.applicationStatus : null;
  const check = await db().$transaction(async (tx) => {
    const created = await tx.applicationStatusCheck.create({
      data: { applicationId: application.id, checkedByEmail: actor.email, applicationStatus, response },
      select: { id: true },
    });
    // The documented answer names no order; when one does (merchantOrderId, chargeId), the link is learned.
    if (outcome.ok) {
      await learnOrderLink(tx, application, orderLinkIds(outcome.raw));
    }
    await recordAudit(tx, actor, {
      action: "application.status-check",
      targetType: "application",
      targetId: application.id,
      details: outcome.ok
        ? { outcome: "ok", checkId: created.id, applicationStatus }
        : { outcome: "failed", checkId: created.id, reason: outcome.error.message, httpStatus: outcome.error.status },
    });
    return created;
  });
  if (outcome.ok) return { outcome: "ok", checkId: check.id, status: outcome.status };
  return { outcome: "failed", checkId: check.id, message: outcome.error.message, kind: outcome.error.kind };
}

// Re-runs a stored delivery through the pipeline: how a delivery of a type unknown
// at the time, one that failed processing, or one our parser could not read is
// applied after an upgrade. Idempotent: an applied delivery or a duplicate is left as it is.
import "server-only";

import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Processing } from "@/lib/db/generated/enums";

import { processDelivery } from "./process-delivery";

const REPLAYABLE: Processing[] = ["RECEIVED", "FAILED", "IGNORED", "INVALID"];

export type ReplayResult =
  | {
      outcome: "applied" | "ignored" | "failed" | "invalid" | "duplicate";
      processing: Processing;
      error?: string | null;
    }
  | { outcome: "unchanged"; processing: Processing; reason: string }
  | { outcome: "refused"; reason: string };

export async function replayDelivery(id: string, actor: Actor): Promise<ReplayResult> {
  const delivery = await db().delivery.findUnique({
    where: { id },
    select: { id: true, verification: true, processing: true, provider: true },
  });
  if (!delivery) return { outcome: "refused", reason: "No such delivery." };

  let result: ReplayResult;
  if (delivery.verification !== "VERIFIED") {
    // Its credentials were never shown to be right; applying it now would trust a stranger.
    result = {
      outcome: "refused",
      reason: `It was not verified when it arrived (${delivery.verification.toLowerCase().replace("_", " ")}), so it cannot be applied.`,
    };
  } else if (!REPLAYABLE.includes(delivery.processing)) {
    const reason =
      delivery.processing === "APPLIED"
        ? "It was applied already."
        : `It is ${delivery.processing.toLowerCase()}; there is nothing to apply.`;
    result = { outcome: "unchanged", processing: delivery.processing, reason };
  } else {
    const processed = await processDelivery(id, { force: true });
    if (!processed) {
      result = {
        outcome: "unchanged",
        processing: delivery.processing,
        reason: "Another worker is applying it right now.",
      };
    } else {
      const outcome = (
        {
          APPLIED: "applied",
          IGNORED: "ignored",
          FAILED: "failed",
          INVALID: "invalid",
          DUPLICATE: "duplicate",
        } as const
      )[processed.processing as "APPLIED" | "IGNORED" | "FAILED" | "INVALID" | "DUPLICATE"];
      result = { outcome: outcome ?? "failed", processing: processed.processing, error: processed.processingError };
    }
  }

  await db().$transaction(async (tx) => {
    if (result.outcome !== "refused")
      await tx.delivery.update({ where: { id }, data: { replayCount: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "delivery.replay",
      targetType: "delivery",
      targetId: id,
      details: { outcome: result.outcome, ...("reason" in result ? { reason: result.reason } : {}) },
    });
  });
  return result;
}

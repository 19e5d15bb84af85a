// One round of alert checks (the `alert-checks` job runs it every minute, once across
// instances): each kind's findings become open, updated or resolved alerts, then what is due
// is sent. A check that fails is logged and leaves the others to run. No "server-only" in this
// folder's job path: the job runner (scripts/serve.ts) loads it outside Next.
import { componentLogger } from "@/lib/log/logger";

import { ALERT_KINDS, type AlertFinding, type AlertKind } from "./alert-kinds";
import { applyFindings } from "./apply-findings";
import { checkDeliveries } from "./checks/check-deliveries";
import { checkDisputes } from "./checks/check-disputes";
import { checkFundingSync } from "./checks/check-funding-sync";
import { checkNewMismatches } from "./checks/check-new-mismatches";
import { checkUnfundedOrders } from "./checks/check-unfunded-orders";
import { notifyPendingAlerts } from "./notify-pending-alerts";

const log = componentLogger("alerts");

const CHECKS: Record<AlertKind, (now: Date) => Promise<AlertFinding[]>> = {
  dispute_created: checkDisputes,
  deliveries_failing: (now) => checkDeliveries("deliveries_failing", now),
  signatures_refused: (now) => checkDeliveries("signatures_refused", now),
  funding_sync_failed: checkFundingSync,
  new_mismatches: checkNewMismatches,
  unfunded_orders: checkUnfundedOrders,
};

/** Runs every check; says in words what it found (the job run's summary). */
export async function runAlertChecks(now: Date = new Date()): Promise<string> {
  const failed: string[] = [];
  let open = 0;
  for (const kind of ALERT_KINDS) {
    try {
      const findings = await CHECKS[kind](now);
      await applyFindings(kind, findings, now);
      await notifyPendingAlerts(kind, now);
      open += findings.length;
    } catch (error) {
      failed.push(kind);
      log.error({ kind, err: error instanceof Error ? error.message : String(error) }, "alert check failed");
    }
  }
  if (failed.length === ALERT_KINDS.length) throw new Error("Every alert check failed; see the log.");
  return `${open} open ${open === 1 ? "issue" : "issues"}${failed.length ? `; checks that failed: ${failed.join(", ")}` : ""}`;
}

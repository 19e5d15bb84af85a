// Everything the overview at / shows, read at once: what needs attention now, and the
// figures of the last 30 days as plain data the charts take. Money only for the roles that
// may see funding (support sees counts), decided here so the browser never receives it.
import "server-only";

import { countOpenAlerts } from "@/lib/alerts/count-open-alerts";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { listSyncRuns } from "@/lib/reconciliation/list-sync-runs";
import type { SyncRunSummary } from "@/lib/reconciliation/sync-run-summary";

import type { CappedCount } from "./capped-count";
import { chartDecisionsByProvider, type DecisionDay } from "./chart-decisions-by-provider";
import { countDeliveriesByAnswer, type AnswerDay } from "./count-deliveries-by-answer";
import { countDeliveryProblems, type DeliveryProblems } from "./count-delivery-problems";
import { countOpenDisputesByAge, type OpenDisputesByAge } from "./count-open-disputes-by-age";
import { countOrdersWithoutFunding } from "./count-orders-without-funding";
import { countUnresolvedMismatches, type UnresolvedMismatches } from "./count-unresolved-mismatches";
import { overviewWindow, type OverviewWindow } from "./overview-window";
import { rateApprovalsByLender, type LenderRate } from "./rate-approvals-by-lender";
import { sumApplicationDecisions } from "./sum-application-decisions";
import { sumFundedNetByWeek, type FundedWeek } from "./sum-funded-net-by-week";

export type FundingAttention = {
  mismatches: UnresolvedMismatches;
  ordersWithoutFunding: CappedCount;
  lastSync: SyncRunSummary | null;
};

export type Overview = {
  window: OverviewWindow;
  openIssues: number;
  deliveries: DeliveryProblems;
  disputes: OpenDisputesByAge;
  funding: FundingAttention;
  decisions: DecisionDay[];
  lenders: LenderRate[];
  fundedWeeks: FundedWeek[];
  /** The role may open the reconciliation pages and see their money (fundedWeeks carry net amounts). */
  withFunding: boolean;
  answers: AnswerDay[];
};

export async function getOverview(input: { role: Role; timeZone: string; now?: Date }): Promise<Overview> {
  const { timeZone, now = new Date() } = input;
  const window = overviewWindow(now, timeZone);
  const withFunding = can(input.role, "viewFunding");
  const [openIssues, deliveries, disputes, funding, decisionRows, fundedWeeks, answers] = await Promise.all([
    countOpenAlerts(),
    countDeliveryProblems(now),
    countOpenDisputesByAge(now),
    fundingAttention(now, timeZone),
    sumApplicationDecisions(window, timeZone),
    sumFundedNetByWeek(window, { timeZone, withMoney: withFunding }),
    countDeliveriesByAnswer(window, timeZone),
  ]);
  return {
    window,
    openIssues,
    deliveries,
    disputes,
    funding,
    decisions: chartDecisionsByProvider(decisionRows, window.days),
    lenders: rateApprovalsByLender(decisionRows),
    fundedWeeks,
    withFunding,
    answers,
  };
}

async function fundingAttention(now: Date, timeZone: string): Promise<FundingAttention> {
  const [mismatches, ordersWithoutFunding, [lastSync]] = await Promise.all([
    countUnresolvedMismatches(timeZone),
    countOrdersWithoutFunding(now),
    listSyncRuns({ limit: 1 }),
  ]);
  return { mismatches, ordersWithoutFunding, lastSync: lastSync ?? null };
}

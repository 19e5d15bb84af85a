// The "Refresh from ChargeAfter" checks as the application page shows them: each stored
// answer read back through ChargeAfter's own parser (a failed call kept its message), and
// the latest readable answer flattened into the facts the page lists.
import type Decimal from "decimal.js";

import {
  isKnownApplicationStatus,
  parseApplicationStatusResponse,
} from "@/lib/providers/chargeafter/application-status-client";

type StoredCheck = {
  id: string;
  checkedAt: Date;
  checkedByEmail: string;
  applicationStatus: string | null;
  response: unknown;
};

/** One row of the history: what ChargeAfter said, or why the check tells nothing. */
export type StatusCheckRow = {
  id: string;
  checkedAt: Date;
  checkedByEmail: string;
  applicationStatus: string | null;
  error: string | null;
};

export type StatusCheckPromotion = {
  numberOfPeriods: number | null;
  periodicPayment: Decimal | null;
  periodType: string | null;
  apr: string | null;
};

/** The latest readable answer, every value null when ChargeAfter did not send it. */
export type LatestStatusCheck = {
  checkedAt: Date;
  checkedByEmail: string;
  applicationStatus: string | null;
  /** False for a status ChargeAfter added after this code was written: shown as a warning. */
  isKnownStatus: boolean;
  sessionStatus: string | null;
  confirmationToken: string | null;
  accountToken: string | null;
  consumerId: string | null;
  linkId: string | null;
  lenderName: string | null;
  lenderId: string | null;
  creditLimit: Decimal | null;
  availableCredit: Decimal | null;
  offer: {
    code: string | null;
    financialProductType: string | null;
    amount: Decimal | null;
    defaultApr: string | null;
    promotion: StatusCheckPromotion | null;
  };
};

export type StatusCheckView = { latest: LatestStatusCheck | null; history: StatusCheckRow[] };

/** Checks newest first (as stored); the latest is the newest one that can be read. */
export function describeStatusChecks(checks: readonly StoredCheck[]): StatusCheckView {
  let latest: LatestStatusCheck | null = null;
  const history = checks.map((check): StatusCheckRow => {
    const row = {
      id: check.id,
      checkedAt: check.checkedAt,
      checkedByEmail: check.checkedByEmail,
      applicationStatus: check.applicationStatus,
    };
    const failure = failedCallMessage(check.response);
    if (failure !== null) return { ...row, error: failure };
    const parsed = parseApplicationStatusResponse(check.response);
    if (!parsed.ok) return { ...row, error: "The stored answer could not be read." };
    latest ??= latestOf(check, parsed.value);
    return { ...row, error: null };
  });
  return { latest, history };
}

/** A failed call is stored as { error: { message } }: its message, or null when the check got an answer. */
function failedCallMessage(response: unknown): string | null {
  if (!response || typeof response !== "object" || !("error" in response)) return null;
  const error = (response as { error?: { message?: unknown } }).error;
  if (!error) return null;
  return typeof error.message === "string" ? error.message : "The check failed.";
}

type Answer = Extract<ReturnType<typeof parseApplicationStatusResponse>, { ok: true }>["value"];

function latestOf(check: StoredCheck, status: Answer): LatestStatusCheck {
  const offer = status.confirmedOffer;
  const promo = offer?.promoSettings;
  const credit = status.account?.creditInfo;
  return {
    checkedAt: check.checkedAt,
    checkedByEmail: check.checkedByEmail,
    applicationStatus: status.applicationStatus,
    isKnownStatus: isKnownApplicationStatus(status.applicationStatus),
    sessionStatus: status.sessionStatus,
    confirmationToken: status.confirmationToken,
    accountToken: status.accountToken,
    consumerId: status.consumerId,
    linkId: status.linkId,
    lenderName: status.account?.lenderName ?? null,
    lenderId: status.account?.lenderId ?? null,
    creditLimit: credit?.maxAmount ?? null,
    availableCredit: credit?.availableCredit ?? null,
    offer: {
      code: offer?.code ?? null,
      financialProductType: offer?.financialProductType ?? null,
      amount: offer?.amount ?? null,
      defaultApr: offer?.defaultApr ?? null,
      promotion: promo
        ? {
            numberOfPeriods: promo.numberOfPeriods,
            periodicPayment: promo.periodicPayment,
            periodType: promo.periodType,
            apr: promo.apr,
          }
        : null,
    },
  };
}

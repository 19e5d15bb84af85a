// Delivery values as badges, shared by the log and a delivery's page.
import { Badge } from "@/components/badge";
import { statusBadgeOf, type StatusStyle } from "@/components/list/status-badge";
import type { Processing, Verification } from "@/lib/db/generated/enums";
import {
  describeFlag,
  processingFilterLabels,
  processingLabels,
  verificationLabels,
} from "@/lib/deliveries/delivery-labels";
import { retryStateOf, type RetryFields } from "@/lib/deliveries/delivery-retry-state";

import { SecondsTime } from "./seconds-time";

const processingTones: Record<Processing, StatusStyle["tone"]> = {
  RECEIVED: "accent",
  APPLIED: "success",
  DUPLICATE: "neutral",
  IGNORED: "warning",
  REJECTED: "danger",
  INVALID: "danger",
  FAILED: "danger",
};

const verificationTones: Record<Verification, StatusStyle["tone"]> = {
  VERIFIED: "success",
  MISSING: "danger",
  INVALID: "danger",
  STALE: "danger",
  NOT_CONFIGURED: "warning",
  NOT_CHECKED: "neutral",
};

export const ProcessingBadge = statusBadgeOf(processingLabels, processingTones);
const RetryingBadge = statusBadgeOf({ RETRYING: processingFilterLabels.RETRYING }, { RETRYING: "warning" });

/** The processing badge, or for one waiting for an automatic retry "Retrying (attempt 2 of 6, next at …)". */
export function ProcessingState({ delivery }: { delivery: RetryFields }) {
  const retry = retryStateOf(delivery);
  if (!retry) return <ProcessingBadge value={delivery.processing} />;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1">
      <RetryingBadge value="RETRYING" />
      <span className="text-xs text-gray-700">
        (attempt {retry.attempt} of {retry.of}, next at <SecondsTime value={retry.nextAt} fallback="the next pass" />)
      </span>
    </span>
  );
}
export const VerificationBadge = statusBadgeOf(verificationLabels, verificationTones);

/** Our HTTP answer, coloured by class. */
export function HttpStatus({ status }: { status: number }) {
  const tone = status >= 500 ? "text-red-800" : status >= 400 ? "text-red-700" : "text-gray-900";
  return <span className={`font-mono text-xs font-semibold ${tone}`}>{status}</span>;
}

export function FlagBadge({ flag }: { flag: string }) {
  return (
    <span title={describeFlag(flag)}>
      <Badge tone="warning">{flag}</Badge>
    </span>
  );
}

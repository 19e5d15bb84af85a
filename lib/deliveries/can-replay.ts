// Whether replaying a stored delivery can do anything, and why not: the one rule the
// delivery's page (its Replay button), the log's "replay all" and the replay actions
// follow. A delivery that was never verified would be refused again; one applied or
// repeating another has nothing to apply; one that was unreadable is worth a replay only
// when today's parser reads it. An ignored one (a type unknown when it came) stays
// replayable: that replay is how an upgrade applies it, and it costs nothing when it cannot.
import type { Processing, Provider, Verification } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/format/format-date-time";
import { adapterFor } from "@/lib/ingest/adapters";
import { mediaType } from "@/lib/providers/shared/media-type";

import { verificationLabels } from "./delivery-labels";

export type ReplayCandidate = {
  provider: Provider;
  verification: Verification;
  processing: Processing;
  contentType: string | null;
  receivedAt: Date;
  /** Needed for verified INVALID deliveries (see needsBodyToDecide); without it they are refused. */
  rawBody?: Uint8Array | null;
  /** When RETENTION_DAYS purged its body (lib/retention): nothing is left to replay. */
  bodyPurgedAt?: Date | null;
};

/** True when only a read of the stored body can tell (the parser decides). */
export function needsBodyToDecide(delivery: Pick<ReplayCandidate, "verification" | "processing">): boolean {
  return (
    delivery.verification === "VERIFIED" && (delivery.processing === "INVALID" || delivery.processing === "IGNORED")
  );
}

/** Why a replay cannot work, in words; null when it can. */
export function replayRefusal(delivery: ReplayCandidate): string | null {
  if (delivery.verification !== "VERIFIED") {
    const label = verificationLabels[delivery.verification].label.toLowerCase();
    return `It was not verified when it arrived (${label}): a replay would be refused again.`;
  }
  if (delivery.bodyPurgedAt)
    return `Its body was purged on ${formatDateTime(delivery.bodyPurgedAt)} (retention, or an erased customer): nothing is left to replay.`;
  switch (delivery.processing) {
    case "APPLIED":
      return "It was applied already.";
    case "DUPLICATE":
      return "It repeats an earlier delivery, which holds its effect.";
    case "REJECTED":
      return "It was rejected when it arrived: a replay would be refused again.";
    case "RECEIVED":
    case "FAILED":
    case "IGNORED":
      return null;
    case "INVALID":
      return parserRefusal(delivery);
  }
}

export function canReplay(delivery: ReplayCandidate): boolean {
  return replayRefusal(delivery) === null;
}

function parserRefusal(delivery: ReplayCandidate): string | null {
  if (!delivery.rawBody) return "Its body is not at hand to check whether today's parser reads it.";
  let parsed;
  try {
    parsed = adapterFor(delivery.provider).parse(
      Buffer.from(delivery.rawBody),
      mediaType(delivery.contentType),
      delivery.receivedAt,
    );
  } catch {
    return "Today's parser cannot read it either.";
  }
  return parsed.ok ? null : `Today's parser cannot read it either (${parsed.error}).`;
}

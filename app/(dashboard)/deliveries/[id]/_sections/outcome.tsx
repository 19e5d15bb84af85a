// What became of the delivery: its event type (a refused one's as claimed, unverified), our answer, verification, processing, flags and its ids.
import { EventType } from "@/app/(dashboard)/deliveries/delivery-about";
import { HttpStatus, ProcessingState, VerificationBadge } from "@/app/(dashboard)/deliveries/delivery-badges";
import { SecondsTime } from "@/app/(dashboard)/deliveries/seconds-time";
import { Badge } from "@/components/badge";
import { CopyButton } from "@/components/copy-button";
import { DetailCard, DetailId, DetailRow } from "@/components/detail-card";
import {
  describeFlag,
  processingFilterLabels,
  processingLabels,
  verificationLabels,
} from "@/lib/deliveries/delivery-labels";
import { retryStateOf } from "@/lib/deliveries/delivery-retry-state";
import type { DeliveryDetail } from "@/lib/deliveries/get-delivery";

export function Outcome({ delivery }: { delivery: DeliveryDetail }) {
  const ignored = delivery.processing === "IGNORED";
  const retry = retryStateOf(delivery);
  return (
    <DetailCard title="Outcome">
      <>
        {delivery.processingError && (
          <p
            role="note"
            className={`mb-3 rounded-md px-3 py-2 text-sm break-words ring-1 ring-inset ${
              ignored ? "bg-amber-50 text-amber-950 ring-amber-200" : "bg-red-50 text-red-900 ring-red-200"
            }`}
          >
            <span className="font-semibold">{ignored ? "Why it had no effect: " : "Error: "}</span>
            {delivery.processingError}
          </p>
        )}
        {retry && (
          <p
            role="note"
            className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm break-words text-amber-950 ring-1 ring-amber-200 ring-inset"
          >
            <span className="font-semibold">Last error (retried by itself): </span>
            {retry.lastError}
          </p>
        )}
        <dl>
          <DetailRow label="Event type">
            <span className="font-mono text-xs">
              <EventType eventType={delivery.eventType} claimed={delivery.claimedEventType} />
            </span>
          </DetailRow>
          <DetailRow label="Our answer">
            <HttpStatus status={delivery.responseStatus} />
          </DetailRow>
          <DetailRow label="Verification">
            <Described description={verificationLabels[delivery.verification].description}>
              <VerificationBadge value={delivery.verification} />
            </Described>
          </DetailRow>
          <DetailRow label="Processing">
            <Described
              description={
                (retry ? processingFilterLabels.RETRYING : processingLabels[delivery.processing]).description
              }
            >
              <ProcessingState delivery={delivery} />
            </Described>
          </DetailRow>
          {!retry && delivery.applyAttempts > 0 && (
            <DetailRow label="Apply attempts">
              {delivery.applyAttempts} failed for a transient reason; the last: {delivery.lastApplyError}
            </DetailRow>
          )}
          <DetailRow label="Processed at">
            <SecondsTime value={delivery.processedAt} fallback="Not yet" />
          </DetailRow>
          <DetailRow label="Replays">{delivery.replayCount === 0 ? "None" : delivery.replayCount}</DetailRow>
          <DetailRow label="Flags">
            {delivery.flags.length ? (
              <ul className="space-y-1">
                {delivery.flags.map((flag) => (
                  <li key={flag}>
                    <Badge tone="warning">{flag}</Badge>{" "}
                    <span className="text-xs text-gray-700">{describeFlag(flag)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-gray-500">None</span>
            )}
          </DetailRow>
          <DetailRow label="Delivery id">
            <span className="flex flex-wrap items-center gap-2">
              <code className="font-mono text-xs break-all">{delivery.id}</code>
              <CopyButton text={delivery.id} label="Copy id" />
            </span>
          </DetailRow>
          <DetailRow label="From address">
            <span className="font-mono text-xs">{delivery.remoteAddress ?? "unknown"}</span>
          </DetailRow>
          <DetailRow label="Dedupe key">
            <DetailId value={delivery.dedupeKey} />
          </DetailRow>
        </dl>
      </>
    </DetailCard>
  );
}

/** A badge with what it means beside it. */
function Described({ description, children }: { description: string; children: React.ReactNode }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      {children}
      <span className="text-xs text-gray-600">{description}</span>
    </span>
  );
}

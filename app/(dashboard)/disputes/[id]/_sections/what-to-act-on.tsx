// What staff act on: amount, reason, response deadline (and its age), outcome and
// resolution note, each with where it came from; the form for those who may edit.
import { DisputeDetailsForm } from "@/app/(dashboard)/disputes/[id]/dispute-details-form";
import { DeadlineAgeBadge } from "@/app/(dashboard)/disputes/dispute-badges";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { dayInZone, deadlineAge } from "@/lib/disputes/deadline-age";
import type { DisputeFactField, FieldSource } from "@/lib/disputes/dispute-facts";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";
import { appTimeZone } from "@/lib/format/format-date-time";
import { formatMoney } from "@/lib/format/format-money";

type Props = { dispute: DisputeDetail; canEdit: boolean; now: Date };

export function WhatToActOn({ dispute, canEdit, now }: Props) {
  const timeZone = appTimeZone();
  const provider = providerLabels[dispute.provider];
  const row = (label: string, field: DisputeFactField, value: React.ReactNode) => (
    <DetailRow label={label} wide>
      {value ?? <span className="text-gray-500">Not known</span>}
      <Source source={dispute.fieldSources[field]} provider={provider} />
    </DetailRow>
  );
  return (
    <DetailCard
      title="What to act on"
      note={`From ${provider}'s events where they carry it, else entered by staff. Times in ${timeZone}.`}
    >
      <dl>
        {row("Amount", "amount", dispute.amount && formatMoney(dispute.amount))}
        {row("Reason", "reason", dispute.reason)}
        {row(
          "Response due",
          "responseDueAt",
          dispute.responseDueAt && (
            <span className="inline-flex flex-wrap items-center gap-2">
              <DateTime value={dispute.responseDueAt} />
              <DeadlineAgeBadge age={deadlineAge(dispute, now, timeZone)} />
            </span>
          ),
        )}
        {row("Outcome", "outcome", dispute.outcome)}
        {row(
          "Resolution note",
          "resolutionNote",
          dispute.resolutionNote && <span className="whitespace-pre-line">{dispute.resolutionNote}</span>,
        )}
      </dl>
      {canEdit && (
        <div className="mt-4 border-t border-gray-100 pt-4">
          <h3 className="mb-2 text-sm font-medium text-gray-900">Enter or correct</h3>
          <DisputeDetailsForm
            id={dispute.id}
            values={{
              amount: dispute.amount?.toFixed(2) ?? "",
              reason: dispute.reason ?? "",
              responseDueOn: dispute.responseDueAt ? dayInZone(dispute.responseDueAt, timeZone) : "",
              outcome: dispute.outcome ?? "",
              resolutionNote: dispute.resolutionNote ?? "",
            }}
          />
        </div>
      )}
    </DetailCard>
  );
}

function Source({ source, provider }: { source: FieldSource | undefined; provider: string }) {
  if (!source) return null;
  return (
    <span className="block text-xs text-gray-600">
      {source.by === "provider" ? (
        <>
          from {provider} (<span className="font-mono">{source.event}</span>),{" "}
        </>
      ) : (
        <>entered by {source.actor}, </>
      )}
      <DateTime value={new Date(source.at)} />
    </span>
  );
}

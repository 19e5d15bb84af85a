// One delivery: the request exactly as received, our answer, what processing did with
// it and what it was about, its duplicates, its audit trail, and replay for admins where
// a replay can work (lib/deliveries/can-replay.ts).
// Each card, or its content, is a section in _sections/.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { SecondsTime } from "@/app/(dashboard)/deliveries/seconds-time";
import { buttonClasses } from "@/components/button";
import { DateTime } from "@/components/date-time";
import { DetailCard, DetailGrid, DetailSections, DetailTitle } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { describeBody } from "@/lib/deliveries/describe-body";
import { getDelivery, type DeliveryDetail } from "@/lib/deliveries/get-delivery";
import { appTimeZone } from "@/lib/format/format-date-time";

import { AuditTrail } from "./_sections/audit-trail";
import { Body } from "./_sections/body";
import { FieldTable } from "./_sections/field-table";
import { Outcome } from "./_sections/outcome";
import { Touched } from "./_sections/touched";
import { ReplayButton } from "./replay-button";

export const metadata: Metadata = { title: "Delivery" };

const searchIdClass =
  "inline-block rounded bg-gray-100 px-1.5 py-0.5 font-mono text-xs text-accent-800 ring-1 ring-gray-200 ring-inset hover:bg-accent-50";

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("viewOperations");
  const { id } = await params;
  const delivery = await getDelivery(id);
  if (!delivery) notFound();

  return (
    <>
      <PageHeader
        title={<DetailTitle kind="Delivery" id={delivery.eventType ?? "(no event type)"} />}
        back={{ href: "/deliveries", label: "Deliveries" }}
        description={
          <>
            {providerLabels[delivery.provider]} → <span className="font-mono">{delivery.endpoint}</span>, received{" "}
            <SecondsTime value={delivery.receivedAt} />
          </>
        }
        actions={can(user.role, "replayDelivery") ? <Replay delivery={delivery} /> : undefined}
      />

      <DetailSections>
        <DetailGrid columns="lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Outcome delivery={delivery} />
          <Touched delivery={delivery} />
        </DetailGrid>

        <DetailCard title="Request headers" note="As stored: Authorization, Cookie and x-signature are masked.">
          {delivery.headers.length ? (
            <FieldTable
              caption="Request headers as received (secrets masked)"
              names={["Name", "Value"]}
              pairs={delivery.headers}
            />
          ) : (
            <p className="text-sm text-gray-600">No headers were stored.</p>
          )}
        </DetailCard>

        <DetailCard
          title="Body"
          note={`${delivery.contentType ?? "no content type"}, ${delivery.bodyBytes.toLocaleString("en-US")} bytes`}
          actions={
            !delivery.bodyPurgedAt && (
              <a href={`/api/deliveries/${delivery.id}/raw`} className={buttonClasses({ size: "sm" })} download>
                Download raw body
              </a>
            )
          }
        >
          {delivery.bodyPurgedAt ? (
            <p className="text-sm text-gray-600">
              Body purged on <DateTime value={delivery.bodyPurgedAt} /> (retention, or an erased customer); its metadata
              and ids are kept.
            </p>
          ) : (
            <Body view={describeBody(delivery.rawBody, delivery.contentType)} />
          )}
        </DetailCard>

        {delivery.searchIds.length > 0 && (
          <DetailCard title="Ids in the payload" note="Each finds every delivery that carries it.">
            <ul className="flex flex-wrap gap-1.5">
              {delivery.searchIds.map((searchId) => (
                <li key={searchId}>
                  <Link href={`/deliveries?q=${encodeURIComponent(searchId)}`} className={searchIdClass}>
                    {searchId}
                  </Link>
                </li>
              ))}
            </ul>
          </DetailCard>
        )}

        <DetailCard title="Audit trail" note={`Times in ${appTimeZone()}.`}>
          <AuditTrail delivery={delivery} />
        </DetailCard>
      </DetailSections>
    </>
  );
}

/** Replay where it can work; where it cannot, why (the server action refuses it too). */
function Replay({ delivery }: { delivery: DeliveryDetail }) {
  if (!delivery.replayRefusal) return <ReplayButton id={delivery.id} />;
  return <p className="max-w-xs text-right text-xs text-gray-600">No replay: {delivery.replayRefusal}</p>;
}

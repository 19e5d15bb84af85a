// What a delivery was about (customer, application, order, dispute, linked) and its event
// type, or the one a refused delivery claims, marked unverified: the log and a delivery's page.
import Link from "next/link";

import { Badge } from "@/components/badge";
import { none } from "@/components/data-table";
import type { AboutLink, DeliveryAbout } from "@/lib/deliveries/delivery-about";

const kindWords: Record<AboutLink["kind"], string> = {
  application: "Application",
  order: "Order",
  dispute: "Dispute",
};

export function DeliveryAboutCell({ about }: { about: DeliveryAbout }) {
  if (!about.customer && !about.links.length) return none;
  return (
    <span className="block space-y-0.5">
      {about.customer && <span className="block text-sm">{about.customer}</span>}
      {about.links.map((link) => (
        <Link key={link.kind} href={link.href} className="link block text-xs break-all">
          {kindWords[link.kind]} <span className="font-mono">{link.label}</span>
        </Link>
      ))}
    </span>
  );
}

/** The event type we read, or the one the body claims (never trusted), or none. */
export function EventType({ eventType, claimed }: { eventType: string | null; claimed: string | null }) {
  if (eventType) return <>{eventType}</>;
  if (!claimed) return none;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="break-all">{claimed}</span>
      <span title="Read from a body that was refused or unreadable: what it claims, not what it is">
        <Badge tone="warning">unverified</Badge>
      </span>
    </span>
  );
}

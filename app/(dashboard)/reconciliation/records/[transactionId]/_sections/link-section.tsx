// The record's sale as the desk knows it: the application it is linked to, how the link was
// made, any evidence that names another application, and the customer with its sources.
import Link from "next/link";

import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { Badge } from "@/components/badge";
import { DetailCard, DetailRow } from "@/components/detail-card";
import { describeCustomer, describeCustomerSources } from "@/lib/customers/describe-customer";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { getRecordLink } from "@/lib/links/get-record-link";
import { describeLinkConflict, describeLinkMethod } from "@/lib/links/link-methods";

export async function LinkSection({ transactionId }: { transactionId: string }) {
  const link = await getRecordLink(transactionId);
  if (!link) return null;
  const { application } = link;
  const customer = describeCustomer(application, {
    customerFirstName: link.firstName,
    customerLastName: link.lastName,
    customerEmail: link.email,
  });
  return (
    <div className="mb-4">
      <DetailCard
        title="Our match"
        note="Recomputed whenever the record, its application or a post-sale event arrives."
      >
        <dl>
          <DetailRow wide label="Application">
            {application ? (
              <span className="inline-flex flex-wrap items-center gap-2">
                <Link
                  href={`/applications/${application.id}`}
                  className="font-mono text-xs text-accent-700 underline-offset-2 hover:underline"
                >
                  {application.externalId}
                </Link>
                {providerLabels[application.provider]}
                <ApplicationStatusBadge value={application.status} />
              </span>
            ) : (
              <Badge tone="warning">No local match</Badge>
            )}
          </DetailRow>
          {application && (
            <DetailRow wide label="Linked by">
              {describeLinkMethod(link.matchedBy)}
            </DetailRow>
          )}
          {link.linkConflict && (
            <DetailRow wide label="Conflict">
              <Badge tone="warning">Evidence disagrees</Badge>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {describeLinkConflict(link.linkConflict).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </DetailRow>
          )}
          <DetailRow wide label="Customer">
            {customer.summary ?? "Unknown"}
            {customer.summary && (
              <span className="block text-xs text-gray-600">
                {application
                  ? (describeCustomerSources(customer) ?? "source not recorded")
                  : "as the funding report names them"}
              </span>
            )}
          </DetailRow>
        </dl>
      </DetailCard>
    </div>
  );
}

// Each lender's latest outcome: the application's status is the best one still in play.
import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { DataTable, none, TableHead, Td, TimeTd } from "@/components/data-table";
import { DetailCard } from "@/components/detail-card";
import { SINGLE_LENDER_KEY } from "@/lib/applications/application-status";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { formatMoney } from "@/lib/format/format-money";

import { Empty } from "./values";

export function Lenders({ application: a }: { application: ApplicationDetail }) {
  return (
    <DetailCard
      title="Lenders"
      note="Each lender's latest outcome; the application's status is the best one still in play."
    >
      {a.lenders.length > 0 ? (
        <DataTable caption="Each lender's latest outcome: lender, status, amount, reason and when">
          <TableHead columns={["Lender", "Status", "Amount", "Reason", "When"]} right={["Amount"]} />
          <tbody>
            {a.lenders.map((lender) => (
              <tr key={lender.lenderId}>
                <Td className="whitespace-nowrap">
                  {/* The single-lender key stands for the provider's own network: name the provider. */}
                  {lender.lenderName ??
                    (lender.lenderId === SINGLE_LENDER_KEY ? providerLabels[a.provider] : lender.lenderId)}
                  {lender.lenderName && (
                    <span className="block font-mono text-[0.6875rem] text-gray-600">{lender.lenderId}</span>
                  )}
                </Td>
                <Td>
                  <ApplicationStatusBadge value={lender.status} />
                </Td>
                <Td className="text-right whitespace-nowrap">{formatMoney(lender.amount, a.currency)}</Td>
                <Td className="text-xs">{lender.reason ?? none}</Td>
                <TimeTd value={lender.occurredAt} />
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <Empty>No lender has answered yet.</Empty>
      )}
    </DetailCard>
  );
}

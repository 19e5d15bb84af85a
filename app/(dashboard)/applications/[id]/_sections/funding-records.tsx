// The records of ChargeAfter's funding report matched to the application.
import { Badge } from "@/components/badge";
import { DataTable, TableHead, Td, TimeTd } from "@/components/data-table";
import { DetailCard } from "@/components/detail-card";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { formatMoney } from "@/lib/format/format-money";
import { describeLinkConflict, describeLinkMethod } from "@/lib/links/link-methods";

import { Empty } from "./values";

export function FundingRecords({ application: a }: { application: ApplicationDetail }) {
  return (
    <DetailCard title="Funding records" note="Records of ChargeAfter's funding report matched to this application.">
      {a.fundingRecords.length > 0 ? (
        <>
          <DataTable caption="Funding records matched to this application: transaction, type, date, amount, net, funded, status and how it was linked">
            <TableHead
              columns={["Transaction", "Type", "Date", "Amount", "Net", "Funded", "Status", "Linked by"]}
              right={["Amount", "Net"]}
            />
            <tbody>
              {a.fundingRecords.map((record) => (
                <tr key={record.transactionId}>
                  <Td className="font-mono text-xs">
                    {record.transactionId}
                    <span className="block text-gray-600">{record.chargeId}</span>
                  </Td>
                  <Td>{record.transactionType}</Td>
                  <TimeTd value={record.transactionDate} />
                  <Td className="text-right whitespace-nowrap">{formatMoney(record.transactionAmount, a.currency)}</Td>
                  <Td className="text-right whitespace-nowrap">{formatMoney(record.netAmount, a.currency)}</Td>
                  <TimeTd value={record.fundedAt} fallback="Not yet" />
                  <Td className="font-mono text-xs">{record.status}</Td>
                  <Td className="text-xs">
                    {describeLinkMethod(record.matchedBy)}
                    {record.linkConflict && (
                      <span className="mt-1 block">
                        <Badge tone="warning">Conflict</Badge> {describeLinkConflict(record.linkConflict).join("; ")}
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {a._count.fundingRecords > a.fundingRecords.length && (
            <p className="mt-2 text-xs text-gray-600">
              The first {a.fundingRecords.length} of {a._count.fundingRecords} records are shown.
            </p>
          )}
        </>
      ) : (
        <Empty>No funding record is matched to this application (yet).</Empty>
      )}
    </DetailCard>
  );
}

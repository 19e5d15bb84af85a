// The applications list's table: what tells applications apart at a glance (id, status,
// customer, amounts, lender, when), the rest on the application's page.
import { ApplicationStatusBadge } from "@/app/(dashboard)/applications/application-badges";
import { applicationLinkColumn } from "@/app/(dashboard)/applications/application-link-column";
import { none, type Column, type TableSpec } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { customerName } from "@/lib/applications/application-labels";
import type { ApplicationListRow } from "@/lib/applications/find-applications";
import { providerLabels } from "@/lib/deliveries/delivery-labels";
import { formatMoney } from "@/lib/format/format-money";

type Sort = "lastEventAt" | "createdAt";

function columns(sort: Sort): Column<ApplicationListRow>[] {
  return [
    applicationLinkColumn("max-w-[15rem]", (row) => (
      <>
        {providerLabels[row.provider]}
        <MerchantIds row={row} />
      </>
    )),
    { header: "Status", cell: (row) => <ApplicationStatusBadge value={row.status} /> },
    {
      header: "Customer",
      className: "max-w-[14rem]",
      cell: (row) => (
        <>
          {customerName(row) ?? (row.customerEmail ? null : none)}
          {row.customerEmail && <span className="block text-xs break-all text-gray-600">{row.customerEmail}</span>}
        </>
      ),
    },
    {
      header: "Requested",
      align: "right",
      card: "hidden",
      className: "whitespace-nowrap",
      cell: (row) => formatMoney(row.requestedAmount, row.currency),
    },
    {
      header: "Approved",
      align: "right",
      className: "whitespace-nowrap",
      cell: (row) => formatMoney(row.approvedAmount, row.currency),
    },
    { header: "Lender", className: "max-w-[10rem]", cell: (row) => row.lenderName ?? row.lenderId ?? none },
    {
      header: sort === "createdAt" ? "First received" : "Last event",
      cell: (row) => <DateTime value={sort === "createdAt" ? row.createdAt : row.lastEventAt} />,
    },
  ];
}

/** The merchant's transaction and order ids, each once. */
function MerchantIds({ row }: { row: ApplicationListRow }) {
  const ids = [...new Set([row.merchantTransactionId, row.merchantOrderId].filter(Boolean))];
  return ids.map((id) => (
    <span key={id} className="font-mono" title="Merchant transaction / order id">
      {" "}
      · {id}
    </span>
  ));
}

export function applicationTable(sort: Sort): TableSpec<ApplicationListRow> {
  return {
    caption:
      "Applications: id, provider and merchant ids, status, customer, requested and approved amounts, lender and last event",
    columns: columns(sort),
  };
}

// ChargeAfter's view of the application: its latest readable answer and the history of checks.
// The domain reads the stored answers (describeStatusChecks); this only shows them.
import { DataTable, TableHead, Td, TimeTd } from "@/components/data-table";
import { describeStatusChecks } from "@/lib/applications/describe-status-check";
import type { ApplicationDetail } from "@/lib/applications/get-application";
import { STATUS_CHECK_NOT_CONFIGURED } from "@/lib/applications/refresh-application-status";

import { LatestCheck } from "./latest-check";
import { Empty } from "./values";

export function ProviderView({ application: a }: { application: ApplicationDetail }) {
  const { latest, history } = describeStatusChecks(a.statusChecks);
  return (
    <>
      {latest ? (
        <LatestCheck check={latest} ours={a.status} currency={a.currency} />
      ) : (
        <Empty>Nobody has asked ChargeAfter about this application yet.</Empty>
      )}
      {history.length > 0 && (
        <div className="mt-4">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-gray-600 uppercase">History of checks</h3>
          <DataTable caption="Checks with ChargeAfter, newest first: when, who, and what ChargeAfter said">
            <TableHead columns={["When", "Who", "ChargeAfter said"]} />
            <tbody>
              {history.map((check) => (
                <tr key={check.id}>
                  <TimeTd value={check.checkedAt} />
                  <Td className="whitespace-nowrap">{check.checkedByEmail}</Td>
                  <Td className="text-xs">
                    {check.error ? (
                      <span className="text-red-800">{check.error}</span>
                    ) : (
                      (check.applicationStatus ?? "no status")
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {a._count.statusChecks > history.length && (
            <p className="mt-2 text-xs text-gray-600">
              The latest {history.length} of {a._count.statusChecks} checks are shown.
            </p>
          )}
        </div>
      )}
    </>
  );
}

export function NotConfigured() {
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-950 ring-1 ring-amber-200 ring-inset">
      {STATUS_CHECK_NOT_CONFIGURED}
    </p>
  );
}

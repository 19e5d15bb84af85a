// The rows the list behind an overview link shows: the link's query read by that list's own
// reader and run through its own find function, so a test can hold a figure to its list.
import { findApplications } from "@/lib/applications/find-applications";
import { readApplicationFilters } from "@/lib/applications/read-application-filters";
import { findDeliveries } from "@/lib/deliveries/find-deliveries";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { findDisputes } from "@/lib/disputes/find-disputes";
import { readDisputeFilters } from "@/lib/disputes/read-dispute-filters";
import { findFundingRecords } from "@/lib/reconciliation/find-funding-records";
import { readFundingFilters } from "@/lib/reconciliation/funding-filters";

export async function listRows(href: string, input: { timeZone: string; now: Date }): Promise<number> {
  const url = new URL(href, "http://desk.test");
  const common = { timeZone: input.timeZone, pageSize: 500 };
  const read = <T>(reader: (params: URLSearchParams) => { filters: T; issues: unknown[] }) => {
    const { filters, issues } = reader(url.searchParams);
    if (issues.length) throw new Error(`${href}: ${JSON.stringify(issues)}`);
    return filters;
  };
  switch (url.pathname) {
    case "/applications":
      return (await findApplications({ ...common, filters: read(readApplicationFilters) })).rows.length;
    case "/deliveries":
      return (await findDeliveries({ ...common, filters: read(readDeliveryFilters), now: input.now })).rows.length;
    case "/disputes":
      return (await findDisputes({ ...common, filters: read(readDisputeFilters), now: input.now })).rows.length;
    case "/reconciliation":
      return (await findFundingRecords({ ...common, filters: read(readFundingFilters) })).rows.length;
    default:
      throw new Error(`no list reader for ${href}`);
  }
}

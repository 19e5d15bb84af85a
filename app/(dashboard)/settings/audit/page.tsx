// Settings → Audit log (admin): every entry recordAudit wrote, newest first, filterable by URL.
import type { Metadata } from "next";

import { EmptyState } from "@/components/empty-state";
import { ExportLinks } from "@/components/list/export-links";
import { ListResults, type NoRows } from "@/components/list/list-results";
import { listPageReader } from "@/components/list/read-list-page";
import { PageHeader } from "@/components/page-header";
import { findAuditLog } from "@/lib/audit/find-audit-log";
import { findAuditLogActors } from "@/lib/audit/find-audit-log-actors";
import { AUDIT_LOG_PAGE_SIZE, readAuditLogFilters } from "@/lib/audit/find-audit-log-schema";
import { requirePermission } from "@/lib/auth/session";
import type { RawSearchParams } from "@/lib/search-params";

import { activeAuditFilters } from "./active-audit-filters";
import { AuditFilterBar } from "./audit-filter-bar";
import { auditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit log" };

const PATH = "/settings/audit";

const noRows: NoRows = {
  noun: "entries",
  noMatches: "Try a wider date range or fewer filters. A target id matches a whole id exactly.",
  empty: (
    <EmptyState title="Nothing audited yet">
      Changes people make (users, replays, exports, syncs, disputes, endpoints, keys) are recorded here as they happen.
    </EmptyState>
  ),
};

const readPage = listPageReader(PATH, readAuditLogFilters, activeAuditFilters);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("viewSettings");
  const { filters, cursor, timeZone, viewOf } = await readPage(searchParams);
  const [page, actors] = await Promise.all([findAuditLog({ filters, cursor, timeZone }), findAuditLogActors()]);
  const list = viewOf(page);
  return (
    <>
      <PageHeader
        title="Audit log"
        back={{ href: "/settings", label: "Settings" }}
        description="Who did what, and when: every change made in the dashboard or from the command line, recorded in the same transaction as the change."
      />
      <AuditFilterBar view={list} filters={filters} actors={actors} />
      <ExportLinks href="/api/audit/export" view={list} noun="audit entries" />
      <ListResults
        list={list}
        noRows={noRows}
        note={`Newest first, ${AUDIT_LOG_PAGE_SIZE} per page. Times in ${timeZone}.`}
        table={auditTable}
      />
    </>
  );
}

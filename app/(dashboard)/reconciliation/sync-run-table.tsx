// The latest funding syncs and file imports: range, counts, errors, duration and who.
import { Badge } from "@/components/badge";
import { ListTable, none, type Column } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { formatCount } from "@/lib/format/format-count";
import type { SyncRunSummary } from "@/lib/reconciliation/sync-run-summary";

const statusTone = { RUNNING: "accent", SUCCEEDED: "success", FAILED: "danger" } as const;
const statusLabel = { RUNNING: "Running", SUCCEEDED: "Succeeded", FAILED: "Failed" } as const;

function duration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

const n = formatCount;

const columns: Column<SyncRunSummary>[] = [
  {
    header: "Started",
    card: "title",
    className: "whitespace-nowrap",
    cell: (run) => <DateTime value={run.startedAt} />,
  },
  {
    header: "Source",
    className: "max-w-[12rem]",
    cell: (run) => (
      <>
        {run.source === "API" ? "ChargeAfter API" : "File"}
        {run.fileName && <span className="block text-xs break-all text-gray-600">{run.fileName}</span>}
      </>
    ),
  },
  {
    header: "Range",
    // Breaks at the dash only, so the table fits a laptop's width.
    cell: (run) =>
      run.fromDate ? (
        <>
          <span className="whitespace-nowrap">{run.fromDate} –</span>{" "}
          <span className="whitespace-nowrap">{run.toDate ?? "…"}</span>
        </>
      ) : (
        none
      ),
  },
  { header: "Status", cell: (run) => <Badge tone={statusTone[run.status]}>{statusLabel[run.status]}</Badge> },
  { header: "Read", align: "right", cell: (run) => n(run.fetchedCount) },
  { header: "New", align: "right", cell: (run) => n(run.newCount) },
  { header: "Changed", align: "right", cell: (run) => n(run.changedCount) },
  { header: "Unchanged", align: "right", cell: (run) => n(run.unchangedCount) },
  {
    header: "Errors",
    card: "wide",
    className: "max-w-[22rem] min-w-[8rem]",
    cell: (run) =>
      run.error ? (
        <details>
          <summary className="cursor-pointer text-xs text-red-800">{firstLine(run.error)}</summary>
          <pre className="mt-1 max-h-48 overflow-auto text-xs whitespace-pre-wrap text-gray-800">{run.error}</pre>
        </details>
      ) : (
        none
      ),
  },
  { header: "Duration", align: "right", className: "whitespace-nowrap", cell: (run) => duration(run.durationMs) },
  {
    // One line, cut short with the whole address in its tooltip: broken anywhere, a narrow
    // column showed it one letter a line.
    header: "By",
    cell: (run) => (
      <span className="block max-w-[9rem] truncate text-xs" title={run.startedByEmail}>
        {run.startedByEmail}
      </span>
    ),
  },
];

export function SyncRunTable({ runs }: { runs: SyncRunSummary[] }) {
  if (!runs.length) return <p className="text-sm text-gray-600">No sync or import yet.</p>;
  return (
    <ListTable
      caption="Recent funding syncs and imports, newest first: started, source, range, status, records read, new, changed, unchanged, errors, duration and who started it"
      scrollLabel="Recent syncs and imports"
      rows={runs}
      columns={columns}
    />
  );
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}

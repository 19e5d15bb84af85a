// The latest funding syncs and file imports: range, counts, errors, duration and who.
import { Badge } from "@/components/badge";
import { Td, Th } from "@/components/data-table";
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

export function SyncRunTable({ runs }: { runs: SyncRunSummary[] }) {
  if (!runs.length) return <p className="text-sm text-gray-600">No sync or import yet.</p>;
  return (
    // Like DataTable, but the scroll box is focusable: the rows hold nothing else to focus,
    // and a keyboard user must still be able to scroll them sideways.
    <div
      className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm"
      tabIndex={0}
      role="group"
      aria-label="Recent syncs and imports"
    >
      <table className="min-w-full border-collapse text-left text-sm tabular-nums">
        <caption className="sr-only">
          Recent funding syncs and imports, newest first: started, source, range, status, records read, new, changed,
          unchanged, errors, duration and who started it
        </caption>
        <thead>
          <tr>
            <Th>Started</Th>
            <Th>Source</Th>
            <Th>Range</Th>
            <Th>Status</Th>
            <Th className="text-right">Read</Th>
            <Th className="text-right">New</Th>
            <Th className="text-right">Changed</Th>
            <Th className="text-right">Unchanged</Th>
            <Th>Errors</Th>
            <Th className="text-right">Duration</Th>
            <Th>By</Th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <Td className="whitespace-nowrap">
                <DateTime value={run.startedAt} />
              </Td>
              <Td className="max-w-[12rem]">
                {run.source === "API" ? "ChargeAfter API" : "File"}
                {run.fileName && <span className="block text-xs break-all text-gray-600">{run.fileName}</span>}
              </Td>
              <Td className="whitespace-nowrap">
                {run.fromDate ? `${run.fromDate} – ${run.toDate ?? "…"}` : <span className="text-gray-500">—</span>}
              </Td>
              <Td>
                <Badge tone={statusTone[run.status]}>{statusLabel[run.status]}</Badge>
              </Td>
              <Td className="text-right">{n(run.fetchedCount)}</Td>
              <Td className="text-right">{n(run.newCount)}</Td>
              <Td className="text-right">{n(run.changedCount)}</Td>
              <Td className="text-right">{n(run.unchangedCount)}</Td>
              <Td className="max-w-[22rem] min-w-[10rem]">
                {run.error ? (
                  <details>
                    <summary className="cursor-pointer text-xs text-red-800">{firstLine(run.error)}</summary>
                    <pre className="mt-1 max-h-48 overflow-auto text-xs whitespace-pre-wrap text-gray-800">
                      {run.error}
                    </pre>
                  </details>
                ) : (
                  <span className="text-gray-500">—</span>
                )}
              </Td>
              <Td className="text-right whitespace-nowrap">{duration(run.durationMs)}</Td>
              <Td className="max-w-[12rem] text-xs break-all">{run.startedByEmail}</Td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}

// Settings → Scheduled jobs: each job's schedule and next run, and the latest runs with their
// results, so an operator sees the unattended work happen (lib/jobs).
import { Badge, type BadgeTone } from "@/components/badge";
import { DataTable, none, TableHead, Td, TimeTd } from "@/components/data-table";
import { ListSection } from "@/components/settings-section";
import type { JobRunOutcome } from "@/lib/db/generated/enums";
import { listJobRuns, listJobSchedules } from "@/lib/jobs/list-scheduled-jobs";

const OUTCOMES: Record<JobRunOutcome, { label: string; tone: BadgeTone }> = {
  RUNNING: { label: "running", tone: "accent" },
  OK: { label: "ok", tone: "success" },
  FAILED: { label: "failed", tone: "danger" },
};

export async function ScheduledJobs() {
  const [schedules, runs] = await Promise.all([listJobSchedules(), listJobRuns(5)]);
  return (
    <div className="mt-8 space-y-6">
      <ListSection id="scheduled-jobs" title="Scheduled jobs" count={schedules.length}>
        <DataTable caption="Scheduled jobs">
          <TableHead columns={["Job", "Schedule", "Next run"]} />
          <tbody>
            {schedules.map((job) => (
              <tr key={job.name}>
                <Td className="font-mono text-xs">{job.name}</Td>
                <Td>
                  {job.cron ? (
                    <>
                      <code className="text-xs">{job.cron}</code>{" "}
                      <span className="text-xs text-gray-600">({job.timeZone})</span>
                    </>
                  ) : (
                    <span className="text-gray-600">off: {job.off}</span>
                  )}
                </Td>
                <TimeTd value={job.nextRunAt} />
              </tr>
            ))}
          </tbody>
        </DataTable>
      </ListSection>
      <ListSection id="job-runs" title="Latest runs (5 per job)" count={runs.length}>
        <DataTable caption="Latest scheduled runs" scrollLabel="Latest scheduled runs">
          <TableHead columns={["Job", "Started", "Finished", "Result", "What it did", "Instance"]} />
          <tbody>
            {runs.length === 0 && (
              <tr>
                <Td colSpan={6} className="text-gray-600">
                  No scheduled run yet.
                </Td>
              </tr>
            )}
            {runs.map((run) => (
              <tr key={run.id}>
                <Td className="font-mono text-xs">{run.job}</Td>
                <TimeTd value={run.startedAt} />
                <TimeTd value={run.finishedAt} />
                <Td>
                  <Badge tone={OUTCOMES[run.outcome].tone}>{OUTCOMES[run.outcome].label}</Badge>
                </Td>
                <Td className="max-w-md text-xs break-words whitespace-pre-line">{run.error ?? run.summary ?? none}</Td>
                <Td className="font-mono text-xs">{run.instance}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </ListSection>
    </div>
  );
}

"use client";

// "Sync now" (finance, admin): a date range, then live progress of the background sync
// (polled once a second) until it ends; the page then reloads its data and run list.
// Without CHARGEAFTER_PRIVATE_KEY it says so instead of offering a button that would fail.
// The sync at work when the page was rendered (on any instance) arrives as a promise, read
// from its SyncRun row; the form waits for it, disabled, instead of holding up the page.
import { useRouter } from "next/navigation";
import { Suspense, use, useEffect, useId, useRef, useState, type FormEvent } from "react";

import { Button } from "@/components/button";
import { FieldErrors, inputClasses } from "@/components/form-field";
import type { ActionState } from "@/lib/auth/action";

import { fundingSyncProgressAction, startFundingSyncAction } from "./actions";
import type { SyncJob } from "./sync-jobs";

const POLL_MS = 1000;
const DAYS = [
  { name: "from", label: "From" },
  { name: "to", label: "To" },
] as const;

type Props = { configured: boolean; defaultFrom: string; defaultTo: string; runningJob: Promise<SyncJob | null> };
type FormProps = Omit<Props, "runningJob"> & { runningJob: SyncJob | null; waiting?: boolean };

function describe(job: SyncJob): string {
  const p = job.progress;
  const counts = `${p.fetched.toLocaleString("en-US")} records read: ${p.new.toLocaleString("en-US")} new, ${p.changed.toLocaleString("en-US")} changed, ${p.unchanged.toLocaleString("en-US")} unchanged${p.invalid ? `, ${p.invalid.toLocaleString("en-US")} unreadable` : ""}`;
  if (job.state === "running") return `Syncing ${job.from} to ${job.to}… ${counts}.`;
  if (job.state === "succeeded") return `Sync of ${job.from} to ${job.to} finished: ${counts}.`;
  return `Sync of ${job.from} to ${job.to} failed: ${counts}.`;
}

export function SyncNow({ runningJob, ...props }: Props) {
  return (
    <Suspense fallback={<SyncNowForm {...props} runningJob={null} waiting />}>
      <SyncNowWithRunning {...props} runningJob={runningJob} />
    </Suspense>
  );
}

function SyncNowWithRunning({ runningJob, ...props }: Props) {
  return <SyncNowForm {...props} runningJob={use(runningJob)} />;
}

function SyncNowForm({ configured, defaultFrom, defaultTo, runningJob, waiting = false }: FormProps) {
  const router = useRouter();
  const id = useId();
  const [job, setJob] = useState<SyncJob | null>(runningJob);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [starting, setStarting] = useState(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const jobId = job?.state === "running" ? job.id : null;
  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(async () => {
      const data = new FormData();
      data.set("jobId", jobId);
      try {
        const state = await fundingSyncProgressAction({ status: "idle" }, data);
        if (!mounted.current) return;
        if (state.status === "ok" && state.data) {
          setJob(state.data);
          if (state.data.state !== "running") router.refresh();
        } else if (state.status === "error") {
          setError(state.message ?? "Could not read the sync's progress.");
          setJob(null);
        }
      } catch {
        // A missed poll (network blip): the next one catches up.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, router]);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    setStarting(true);
    try {
      const state: ActionState<SyncJob> = await startFundingSyncAction(
        { status: "idle" },
        new FormData(event.currentTarget),
      );
      if (state.status === "ok" && state.data) setJob(state.data);
      else if (state.status === "error") {
        setError(state.message ?? "The sync could not be started.");
        setFieldErrors(state.fieldErrors ?? {});
      }
    } catch {
      setError("The server did not answer. Try again.");
    } finally {
      setStarting(false);
    }
  }

  const running = job?.state === "running";
  const locked = !configured || running || waiting;
  return (
    <div>
      {!configured && (
        <p className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset">
          <strong className="font-semibold">Not configured: set CHARGEAFTER_PRIVATE_KEY</strong> (the merchant&apos;s
          private API key) to sync the funding report from ChargeAfter. Until then, import a report file below.
        </p>
      )}
      <form onSubmit={start} className="flex flex-wrap items-end gap-2" aria-describedby={`${id}-hint`}>
        {DAYS.map(({ name, label }) => (
          <DayInput
            key={name}
            id={`${id}-${name}`}
            name={name}
            label={label}
            defaultValue={name === "from" ? defaultFrom : defaultTo}
            disabled={locked}
            errors={fieldErrors[name]}
          />
        ))}
        <Button
          type="submit"
          variant="primary"
          size="sm"
          disabled={locked || starting}
          aria-disabled={locked || starting}
        >
          {running ? "Syncing…" : starting ? "Starting…" : "Sync now"}
        </Button>
      </form>
      <FieldErrors id={`${id}-from-error`} errors={fieldErrors.from} />
      <FieldErrors id={`${id}-to-error`} errors={fieldErrors.to} />
      <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
        Days of the transaction date, at most 366 at once. Records already here are updated; earlier versions are kept.
      </p>
      {running && <progress aria-label="Sync progress" className="mt-2 h-2 w-full accent-accent-700" />}
      <p
        role="status"
        className={
          job ? `mt-2 text-sm tabular-nums ${job.state === "failed" ? "text-red-800" : "text-gray-800"}` : "sr-only"
        }
      >
        {job ? describe(job) : ""}
      </p>
      {job?.state === "failed" && job.error && (
        <pre className="mt-1 max-h-40 overflow-auto text-xs whitespace-pre-wrap text-red-800">{job.error}</pre>
      )}
      <p
        role="alert"
        className={
          error ? "mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset" : "sr-only"
        }
      >
        {error}
      </p>
    </div>
  );
}

type DayInputProps = {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  disabled: boolean;
  errors: string[] | undefined;
};

function DayInput({ id, name, label, defaultValue, disabled, errors }: DayInputProps) {
  return (
    <div>
      <label htmlFor={id} className="mb-0.5 block text-xs font-medium text-gray-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        required
        defaultValue={defaultValue}
        disabled={disabled}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className={`${inputClasses} h-8 py-0`}
      />
    </div>
  );
}

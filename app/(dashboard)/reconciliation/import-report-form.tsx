"use client";

// Import a funding report file (CSV as the export writes it, or ChargeAfter's JSON). All or
// nothing: a file with a bad row imports nothing and lists each bad row with its line.
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useState, type FormEvent } from "react";

import { FieldErrors } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

import { importFundingReportAction, type ImportOutcome } from "./actions";
import { IMPORT_UPLOAD_LIMIT_TEXT, IMPORT_UPLOAD_MAX_BYTES } from "./import-limits";

const initial: ActionState<ImportOutcome> = { status: "idle" };

export function ImportReportForm() {
  const router = useRouter();
  const id = useId();
  const [state, formAction] = useActionState(importFundingReportAction, initial);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const outcome = state.status === "ok" ? state.data : undefined;

  useEffect(() => {
    if (outcome?.ok) router.refresh();
  }, [outcome, router]);

  function check(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > IMPORT_UPLOAD_MAX_BYTES) {
      event.preventDefault();
      setTooLarge(
        `${file.name} is larger than ${IMPORT_UPLOAD_LIMIT_TEXT}: split the report by date range, or import it with npm run funding:import.`,
      );
    } else setTooLarge(null);
  }

  const fileErrors = [
    ...(tooLarge ? [tooLarge] : []),
    ...((state.status === "error" && state.fieldErrors?.file) || []),
  ];
  const success = outcome?.ok ? state.status === "ok" && state.message : null;
  const failure =
    state.status === "error" && !state.fieldErrors?.file
      ? (state.message ?? "The import failed.")
      : outcome && !outcome.ok && state.status === "ok"
        ? state.message
        : null;

  return (
    <div>
      <form action={formAction} onSubmit={check} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0">
          <label htmlFor={`${id}-file`} className="mb-0.5 block text-xs font-medium text-gray-700">
            Report file (CSV or JSON, up to {IMPORT_UPLOAD_LIMIT_TEXT})
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            required
            accept=".csv,.json,text/csv,application/json"
            aria-invalid={fileErrors.length ? true : undefined}
            aria-describedby={`${id}-hint${fileErrors.length ? ` ${id}-file-error` : ""}`}
            className="block max-w-full text-sm text-gray-800 file:mr-2 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-2.5 file:py-1 file:text-xs file:font-medium file:text-gray-800 hover:file:bg-gray-50"
          />
        </div>
        <SubmitButton size="sm" pendingLabel="Importing…">
          Import file
        </SubmitButton>
      </form>
      <FieldErrors id={`${id}-file-error`} errors={fileErrors} />
      <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
        The CSV of this page&apos;s export (or ChargeAfter&apos;s column names, any order), or the report&apos;s JSON{" "}
        <code className="font-mono">{'{"records": […]}'}</code>. A file with any bad row imports nothing.
      </p>
      <p
        role="status"
        className={
          success
            ? "mt-2 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200 ring-inset"
            : "sr-only"
        }
      >
        {success || ""}
      </p>
      <div
        role="alert"
        className={
          failure
            ? "mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset"
            : "sr-only"
        }
      >
        {failure && <p className="whitespace-pre-wrap">{failure}</p>}
      </div>
      {outcome && !outcome.ok && outcome.rows.length > 0 && <BadRows outcome={outcome} />}
    </div>
  );
}

function BadRows({ outcome }: { outcome: ImportOutcome }) {
  return (
    <div
      className="relative mt-2 max-h-72 overflow-auto rounded-md border border-red-200 bg-white"
      tabIndex={0}
      role="group"
      aria-label="Bad rows of the file"
    >
      <table className="min-w-full text-left text-xs">
        <caption className="sr-only">Bad rows of the file: line, transaction id and what is wrong</caption>
        <thead className="sticky top-0 bg-red-50 text-red-900">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-semibold">
              Line
            </th>
            <th scope="col" className="px-2 py-1.5 font-semibold">
              Transaction id
            </th>
            <th scope="col" className="px-2 py-1.5 font-semibold">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {outcome.rows.map((row) => (
            <tr key={`${row.record}`} className="border-t border-red-100 align-top" data-testid="bad-row">
              <td className="px-2 py-1 whitespace-nowrap tabular-nums">
                {row.line !== null ? `line ${row.line}` : `record ${row.record}`}
              </td>
              <td className="px-2 py-1 font-mono break-all">{row.transactionId ?? "—"}</td>
              <td className="px-2 py-1">{row.reasons.join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.badRowCount > outcome.rows.length && (
        <p className="border-t border-red-100 px-2 py-1 text-xs text-red-900">
          … and {(outcome.badRowCount - outcome.rows.length).toLocaleString("en-US")} more bad rows.
        </p>
      )}
    </div>
  );
}

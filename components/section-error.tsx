"use client";

// What a section (a list and its detail pages) shows when it could not be loaded, e.g. the
// database is down: what failed, that nothing was lost, and a way to try again. Each section's
// error.tsx is `export default sectionError({ … })`.
import { Button } from "@/components/button";

type SectionErrorText = {
  /** The small line above the heading: "Could not load applications". */
  what: string;
  /** The heading: "Applications are unavailable right now". */
  title: string;
  /** What still works meanwhile: "Postbacks and webhooks are still being received and stored." */
  reassurance: string;
};

type ErrorProps = { error: Error & { digest?: string }; reset: () => void };

export function sectionError({ what, title, reassurance }: SectionErrorText) {
  function SectionError({ error, reset }: ErrorProps) {
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-white p-6 shadow-sm">
        <p className="text-xs font-semibold tracking-wide text-red-800 uppercase">{what}</p>
        <h1 className="mt-1 text-lg font-semibold text-gray-900">{title}</h1>
        <p className="mt-2 max-w-prose text-sm text-gray-600">
          {reassurance} Try again in a moment; if this keeps happening, check that the database is running (
          {"/api/health"}).
        </p>
        {error.digest && <p className="mt-2 font-mono text-xs text-gray-500">Reference: {error.digest}</p>}
        <Button variant="primary" className="mt-4" onClick={reset}>
          Try again
        </Button>
      </div>
    );
  }
  return SectionError;
}

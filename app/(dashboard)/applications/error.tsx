"use client";

// Shown when the applications list or an application could not be loaded (e.g. the database is down).
import { Button } from "@/components/button";

export default function ApplicationsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold tracking-wide text-red-800 uppercase">Could not load applications</p>
      <h1 className="mt-1 text-lg font-semibold text-gray-900">Applications are unavailable right now</h1>
      <p className="mt-2 max-w-prose text-sm text-gray-600">
        Postbacks and webhooks are still being received and stored. Try again in a moment; if this keeps happening,
        check that the database is running ({"/api/health"}).
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-gray-500">Reference: {error.digest}</p>}
      <Button variant="primary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}

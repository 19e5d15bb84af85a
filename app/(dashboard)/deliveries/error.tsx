"use client";

// Shown when the delivery log or a delivery could not be loaded (e.g. the database is down).
import { Button } from "@/components/button";

export default function DeliveriesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold tracking-wide text-red-800 uppercase">Could not load deliveries</p>
      <h1 className="mt-1 text-lg font-semibold text-gray-900">The delivery log is unavailable right now</h1>
      <p className="mt-2 max-w-prose text-sm text-gray-600">
        Deliveries are still being received and stored. Try again in a moment; if this keeps happening, check that the
        database is running ({"/api/health"}).
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-gray-500">Reference: {error.digest}</p>}
      <Button variant="primary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}

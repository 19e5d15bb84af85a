// Shown while the funding report loads. Wraps only the report (a route group): a record's
// page must not stream, so notFound() answers 404.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading the funding report…</span>
      <div className="mb-6 border-b border-gray-200 pb-4">
        <div className="h-6 w-40 rounded bg-gray-200" />
        <div className="mt-2 h-4 w-96 max-w-full rounded bg-gray-200" />
      </div>
      <div className="mb-3 flex flex-wrap gap-1.5">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-6 w-28 rounded-full bg-gray-200" />
        ))}
      </div>
      <div className="mb-4 h-12 rounded-lg border border-gray-200 bg-white" />
      <div className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-16 rounded-lg border border-gray-200 bg-white" />
        ))}
      </div>
      <div className="mb-4 h-56 rounded-lg border border-gray-200 bg-white" />
      <div className="space-y-px overflow-hidden rounded-lg border border-gray-200 bg-white">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="h-10 bg-gray-50 odd:bg-white" />
        ))}
      </div>
    </div>
  );
}

// What a list page shows while it loads: its header, filter bar and table as grey blocks.
export function ListPageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{label}</span>
      <div className="mb-6 border-b border-gray-200 pb-4">
        <div className="h-6 w-40 rounded bg-gray-200" />
        <div className="mt-2 h-4 w-80 max-w-full rounded bg-gray-200" />
      </div>
      <div className="mb-4 h-12 rounded-lg border border-gray-200 bg-white" />
      <div className="space-y-px overflow-hidden rounded-lg border border-gray-200 bg-white">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="h-9 bg-gray-50 odd:bg-white" />
        ))}
      </div>
    </div>
  );
}

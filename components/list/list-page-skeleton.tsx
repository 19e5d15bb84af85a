// What a list page shows while it loads: its header, filter bar and table as grey blocks, and
// the report's extras (status chips, totals, a chart) when the page has them.
type ListPageSkeletonProps = { label: string; chips?: boolean; totals?: boolean; chart?: boolean };

export function ListPageSkeleton({ label, chips = false, totals = false, chart = false }: ListPageSkeletonProps) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{label}</span>
      <div className="mb-6 border-b border-gray-200 pb-4">
        <div className="h-6 w-40 rounded bg-gray-200" />
        <div className="mt-2 h-4 w-96 max-w-full rounded bg-gray-200" />
      </div>
      {chips && <Blocks count={6} className="mb-3 flex flex-wrap gap-1.5" block="h-6 w-28 rounded-full bg-gray-200" />}
      <div className="mb-4 h-12 rounded-lg border border-gray-200 bg-white" />
      {totals && (
        <Blocks
          count={4}
          className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-4"
          block="h-16 rounded-lg border border-gray-200 bg-white"
        />
      )}
      {chart && <div className="mb-4 h-56 rounded-lg border border-gray-200 bg-white" />}
      <Blocks
        count={10}
        className="space-y-px overflow-hidden rounded-lg border border-gray-200 bg-white"
        block="h-10 bg-gray-50 odd:bg-white"
      />
    </div>
  );
}

function Blocks({ count, className, block }: { count: number; className: string; block: string }) {
  return (
    <div className={className}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={block} />
      ))}
    </div>
  );
}

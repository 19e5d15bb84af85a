// What a page shows when there is nothing (yet): says plainly what will be here.
import type { ReactNode } from "react";

type EmptyStateProps = { title: string; children: ReactNode; action?: ReactNode };

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section
      className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center"
      aria-label={title}
    >
      <h2 className="text-base font-semibold text-gray-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-prose text-sm text-gray-600">{children}</div>
      {action && <div className="mt-5 flex justify-center">{action}</div>}
    </section>
  );
}

// A figure of the last 30 days: its heading, a sentence saying what it shows (read by
// screen readers in place of the drawing), the chart, and its numbers as a linked table.
import type { ReactNode } from "react";

export function FigureCard({
  id,
  title,
  summary,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="min-w-0 rounded-lg border border-gray-200 bg-white p-3 shadow-sm"
    >
      <h3 id={`${id}-heading`} className="text-sm font-semibold text-gray-900">
        {title}
      </h3>
      <p id={`${id}-summary`} className="mt-0.5 text-xs text-gray-600">
        {summary}
      </p>
      <div className="mt-2">{children}</div>
    </section>
  );
}

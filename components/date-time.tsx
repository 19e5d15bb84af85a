// A point in time shown in APP_TIMEZONE, with the exact UTC instant in the title and datetime attribute.
import { formatDateTime } from "@/lib/format/format-date-time";

export function DateTime({ value, fallback = "—" }: { value: Date | null | undefined; fallback?: string }) {
  if (!value) return <span className="text-gray-500">{fallback}</span>;
  const iso = value.toISOString();
  return (
    <time dateTime={iso} title={iso} className="whitespace-nowrap">
      {formatDateTime(value)}
    </time>
  );
}

// A delivery's time to the second in APP_TIMEZONE; the exact UTC instant (milliseconds) in the title.
import { formatDateTimeSeconds } from "@/lib/deliveries/format-seconds";

export function SecondsTime({ value, fallback = "—" }: { value: Date | null; fallback?: string }) {
  if (!value) return <span className="text-gray-500">{fallback}</span>;
  return (
    <time dateTime={value.toISOString()} title={value.toISOString()} className="whitespace-nowrap tabular-nums">
      {formatDateTimeSeconds(value)}
    </time>
  );
}

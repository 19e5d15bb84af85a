// What the admin is told when an endpoint was disabled (5 days of failures): why, and since when.
import { DateTime } from "@/components/date-time";

type Disabled = { url: string; disabledAt: Date | null; disabledReason: string | null; failingSince: Date | null };

export function DisabledBanner({ endpoint }: { endpoint: Disabled }) {
  if (!endpoint.disabledAt) return null;
  return (
    <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">
        <span className="font-mono break-all">{endpoint.url}</span> was disabled{" "}
        <DateTime value={endpoint.disabledAt} />.
      </p>
      <p className="mt-1">
        {endpoint.disabledReason ?? "It was disabled."} No new events go to it until it is enabled again.
      </p>
    </div>
  );
}

// The per-process delivery counter, called from the custom server's request log. What the
// applier did is counted in the database instead (count-delivery-outcomes.ts).
import type { Provider } from "@/lib/db/generated/enums";

import { deskMetrics } from "./metrics-registry";

export function countDeliveryReceived(provider: Provider, status: number): void {
  deskMetrics().received.inc({ provider: provider.toLowerCase(), status: String(status) });
}

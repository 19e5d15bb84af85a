// The per-process delivery counters: each called from one place (received: the custom
// server's request log; applied: the delivery applier).
import type { Processing, Provider } from "@/lib/db/generated/enums";

import { deskMetrics } from "./metrics-registry";

export function countDeliveryReceived(provider: Provider, status: number): void {
  deskMetrics().received.inc({ provider: provider.toLowerCase(), status: String(status) });
}

export function countDeliveryApplied(outcome: Processing, count = 1): void {
  deskMetrics().applied.inc({ outcome: outcome.toLowerCase() }, count);
}

// Picks up deliveries stored but not applied by this process: those of another
// instance that stopped, or of a crash between storing and applying.
import { kickDeliveryApplier } from "./apply-pending-deliveries";

const INTERVAL_MS = 5_000;

export function startDeliverySweeper(): void {
  const globalForSweeper = globalThis as unknown as { financingDeskSweeper?: NodeJS.Timeout };
  if (globalForSweeper.financingDeskSweeper) return;
  void kickDeliveryApplier();
  globalForSweeper.financingDeskSweeper = setInterval(() => void kickDeliveryApplier(), INTERVAL_MS);
  globalForSweeper.financingDeskSweeper.unref();
}

// Runs once when a server instance starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startDeliverySweeper } = await import("./lib/ingest/delivery-sweeper");
  startDeliverySweeper();
  // Build the funding report's day totals now (first start after the upgrade, or a new
  // APP_TIMEZONE) rather than during someone's first page view.
  const [{ ensureFundingDayTotals }, { env }] = await Promise.all([
    import("./lib/reconciliation/funding-day-totals"),
    import("./lib/config/env"),
  ]);
  void ensureFundingDayTotals(env().APP_TIMEZONE).catch((error: Error) =>
    console.error(`[funding] could not build the day totals: ${error.message}`),
  );
}

// Runs once when a server instance starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startDeliverySweeper } = await import("./lib/ingest/delivery-sweeper");
  startDeliverySweeper();
}

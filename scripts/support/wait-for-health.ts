// Polls GET /api/health until it answers 200: the moment a served dashboard can be opened.
import { sleep } from "./child-output";

type Options = {
  /** Gives up after this long (default: never, while the server runs). */
  timeoutMs?: number;
  /** False once the server process is gone: waiting stops at once. */
  running?: () => boolean;
  intervalMs?: number;
};

/** Resolves once `${baseUrl}/api/health` answers 200; throws when the server exits or time runs out. */
export async function waitForHealth(baseUrl: string, options: Options = {}): Promise<void> {
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  for (;;) {
    if (options.running && !options.running()) throw new Error("the server exited before it answered");
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`GET ${baseUrl}/api/health did not answer 200 within ${Math.round(options.timeoutMs! / 1000)} s`);
    await sleep(options.intervalMs ?? 250);
  }
}

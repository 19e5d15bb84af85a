// Command-line options of `npm run simulator`.
import { parseArgs } from "node:util";

import { resolveCredentials } from "./credentials";
import type { StartSimulatorOptions } from "./simulator";

export const USAGE = `Usage: npm run simulator -- --target <dashboard URL> [options]

Plays WeGetFinancing and ChargeAfter over real HTTP: sends signed postbacks and webhooks
for realistic journeys to the dashboard, and serves the providers' APIs (WGF Create
Request, ChargeAfter application status and funding report) on one base URL.

  --target URL            the dashboard, e.g. http://127.0.0.1:3000 (leave out with --serve to only serve the APIs)
  --journeys N            journeys to play (default 300); a few invalid deliveries come on top
  --seed N                same seed, same journeys (ids, names, amounts, order) (default 1)
  --now ISO-TIME          the "now" event times are spread before (default: the current time)
  --days N                spread event times over the last N days (default 30)
  --concurrency N         journeys in flight at once (default 8)
  --port N                port of the provider APIs on 127.0.0.1 (default $SIMULATOR_PORT, else 4010; 0 picks a free one)
  --serve                 keep the APIs up after sending, until Ctrl-C
  --postback-delay-ms N   average gap between the postbacks of one Create Request (default 1500)
  --quiet                 print only the summary

Credentials, shared with the dashboard through the same environment variables (flags win,
then the environment, then the demo's values):
  --wgf-merchant-id, --wgf-username, --wgf-password            WGF_MERCHANT_ID, WGF_USERNAME, WGF_PASSWORD
  --wgf-postback-username, --wgf-postback-password             WGF_POSTBACK_USERNAME, WGF_POSTBACK_PASSWORD (default: the API pair)
  --ca-private-key                                             CHARGEAFTER_PRIVATE_KEY
  --ca-authorization                                           CHARGEAFTER_WEBHOOK_AUTHORIZATION`;

/** What the command line sets of a run, and whether to serve the dashboard and print each line. */
export type SimulatorOptions = Pick<
  StartSimulatorOptions,
  "target" | "journeys" | "seed" | "now" | "days" | "concurrency" | "port" | "postbackDelayMs" | "credentials"
> & { serve: boolean; quiet: boolean };

const credentialFlags = [
  "wgf-merchant-id",
  "wgf-username",
  "wgf-password",
  "wgf-postback-username",
  "wgf-postback-password",
  "ca-private-key",
  "ca-authorization",
] as const;

export function readOptions(args: string[]): SimulatorOptions | { help: true } | { error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        target: { type: "string" },
        journeys: { type: "string" },
        seed: { type: "string" },
        now: { type: "string" },
        days: { type: "string" },
        concurrency: { type: "string" },
        port: { type: "string" },
        serve: { type: "boolean" },
        "postback-delay-ms": { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...Object.fromEntries(credentialFlags.map((flag) => [flag, { type: "string" as const }])),
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const whole = (name: string, fallback: number, min: number) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} takes a whole number of at least ${min}.`);
    return n;
  };
  try {
    const target = typeof values.target === "string" ? values.target.replace(/\/+$/, "") : undefined;
    if (target && !/^https?:\/\/[^/]+/.test(target))
      throw new Error("--target must be a URL such as http://127.0.0.1:3000.");
    if (!target && !values.serve)
      throw new Error("Give --target (the dashboard to send to), --serve (only serve the APIs), or both.");
    const now = typeof values.now === "string" ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error("--now must be an ISO 8601 time.");
    const flags = Object.fromEntries(
      credentialFlags.flatMap((flag) => (typeof values[flag] === "string" ? [[flag, values[flag]]] : [])),
    );
    return {
      target,
      journeys: whole("journeys", 300, 0),
      seed: whole("seed", 1, 0),
      now,
      days: whole("days", 30, 1),
      concurrency: whole("concurrency", 8, 1),
      port: whole("port", 4010, 0),
      serve: values.serve === true,
      postbackDelayMs: whole("postback-delay-ms", 1500, 0),
      quiet: values.quiet === true,
      credentials: resolveCredentials(flags),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

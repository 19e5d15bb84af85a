// npm run simulator -- --target http://127.0.0.1:3000 [--journeys 300] [--seed 1] [--port $SIMULATOR_PORT, else 4010] [--serve] …
// Plays WeGetFinancing and ChargeAfter against a dashboard over real HTTP (see --help).
// Exit codes: 0 sent, every answer as the contract says; 1 some answer was not; 2 usage.
import { readOptions, USAGE } from "./simulator/cli-options";
import { startSimulator } from "./simulator/simulator";
import { formatSummary, summarize } from "./simulator/summary";

const say = (line: string) => console.log(`[simulator] ${line}`);
// The provider APIs' port: --port, else SIMULATOR_PORT (PORT is the dashboard's, which usually runs beside it), else 4010.
const args = process.argv.slice(2);
if (process.env.SIMULATOR_PORT && !args.some((arg) => arg === "--port" || arg.startsWith("--port=")))
  args.push("--port", process.env.SIMULATOR_PORT);
const options = readOptions(args);
if ("help" in options) {
  console.log(USAGE);
  process.exit(0);
}
if ("error" in options) {
  console.error(`${options.error}\n\n${USAGE}`);
  process.exit(2);
}

let simulator;
try {
  simulator = await startSimulator({ ...options, log: options.quiet ? undefined : say });
} catch (error) {
  console.error(`[simulator] could not start the provider APIs on port ${options.port}: ${(error as Error).message}`);
  process.exit(2);
}
const { apis, plan } = simulator;
say(
  `Provider APIs on ${apis.baseUrl} (WGF_API_BASE_URL and CHARGEAFTER_API_BASE_URL); ${Object.keys(plan.statuses).length} ChargeAfter applications, ${plan.fundingRecords.length} funding records`,
);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await simulator.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));

let code = 0;
if (options.target) {
  say(
    `Sending ${plan.journeys.length} journeys (${plan.deliveryCount} deliveries) to ${options.target}, ${options.concurrency} at a time (seed ${options.seed})…`,
  );
  let done = 0;
  await simulator.sendJourneys(() => {
    done++;
    if (!options.quiet && done % 250 === 0) say(`${done}/${plan.deliveryCount} sent`);
  });
  await simulator.postbacksIdle();
  const summary = summarize(simulator.results);
  for (const line of formatSummary(summary)) say(line);
  if (summary.unexpected.length) code = 1;
}
if (options.serve) {
  say(`Serving the provider APIs on ${apis.baseUrl} until Ctrl-C.`);
} else {
  await stop(code);
}

// The scale test's world: PostgreSQL 15, migrations, the first admin, a Shop API key, an event
// endpoint, three instances and nginx in front of them, and the fakes they call.
import { randomBytes } from "node:crypto";

import { startFakeWgfApi, type FakeWgfApi } from "../../test/fakes/wegetfinancing-api";
import { CA_AUTHORIZATION, WGF_CREDENTIALS } from "../../test/provider-requests";
import { ENDPOINT_EVENTS } from "./checks";
import { startEventReceiver, type EventReceiver } from "./event-receiver";
import { instance, type Instance } from "./instances";
import { nginxBinary, startNginx, type Nginx } from "./nginx";
import { startPostgres15, type Postgres } from "./postgres";
import { startSlowFundingApi, SYNC_PRIVATE_KEY, type SlowFundingApi } from "./sync-progress";

export const NGINX_URL = "http://127.0.0.1:3700";
export const INSTANCE_PORTS = [3701, 3702, 3703];
export const ADMIN = { email: "admin@scale.test", password: "scale admin password 1" };
const MERCHANT_ID = "scale-merchant";
/** The funding report's records lie in these days; the scheduled sync (the last day) finds none. */
export const SYNC_RANGE = { from: "2026-09-01", to: "2026-09-30" };

export type Cluster = {
  postgres: Postgres;
  instances: Instance[];
  nginx: Nginx;
  wgf: FakeWgfApi;
  funding: SlowFundingApi;
  receiver: EventReceiver;
  shopKey: string;
  /** What every instance and command of this cluster runs with. */
  env: Record<string, string>;
  stop(): Promise<void>;
};

export async function startCluster(options: {
  root: string;
  dir: string;
  pgPort: number;
  log: (line: string) => void;
}) {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (apt-get install -y nginx)");
  const started: Partial<Cluster> = {};
  const stop = async () => {
    await Promise.all((started.instances ?? []).map((one) => one.stop()));
    await started.nginx?.stop();
    await Promise.all([started.wgf?.close(), started.funding?.close(), started.receiver?.close()]);
    started.postgres?.stop();
  };
  try {
    started.postgres = startPostgres15({ dir: options.dir, port: options.pgPort });
    const url = started.postgres.url;
    process.env.DATABASE_URL = url;
    const { applyMigrations } = await import("../../lib/db/migrate");
    await applyMigrations(url);
    options.log("PostgreSQL 15 up, migrations applied");

    started.wgf = await startFakeWgfApi({ merchantId: MERCHANT_ID, ...WGF_CREDENTIALS });
    started.funding = await startSlowFundingApi({
      records: 6000,
      fromDate: SYNC_RANGE.from,
      toDate: SYNC_RANGE.to,
      pageDelayMs: 1_500,
    });
    started.receiver = await startEventReceiver();
    const env: Record<string, string> = {
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      AUTH_TRUST_HOST: "true",
      TRUST_PROXY_HOPS: "1",
      PUBLIC_BASE_URL: NGINX_URL,
      APP_TIMEZONE: "UTC",
      WGF_MERCHANT_ID: MERCHANT_ID,
      WGF_USERNAME: WGF_CREDENTIALS.username,
      WGF_PASSWORD: WGF_CREDENTIALS.password,
      WGF_API_BASE_URL: started.wgf.baseUrl,
      CHARGEAFTER_WEBHOOK_AUTHORIZATION: CA_AUTHORIZATION,
      CHARGEAFTER_PRIVATE_KEY: SYNC_PRIVATE_KEY,
      CHARGEAFTER_API_BASE_URL: started.funding.baseUrl,
      FUNDING_SYNC_SCHEDULE: "* * * * *",
      FUNDING_SYNC_DAYS: "1",
      EVENT_RETRY_SCHEDULE: "1s,1s,2s,5s,10s,30s",
      DATABASE_POOL_SIZE: "8",
      RECEIVER_POOL_SIZE: "4",
      LOG_LEVEL: "warn",
    };
    for (const [key, value] of Object.entries(env)) process.env[key] = value;
    const { resetEnvCache } = await import("../../lib/config/env");
    resetEnvCache();

    const { ensureFirstAdmin } = await import("../../lib/users/ensure-first-admin");
    await ensureFirstAdmin(ADMIN.email, ADMIN.password);
    const actor = { id: null, email: ADMIN.email };
    const { createApiKey } = await import("../../lib/api-keys/create-api-key");
    const shopKey = (await createApiKey({ name: "scale shop", scope: "write" }, actor)).key;
    const { createEventEndpoint } = await import("../../lib/events/create-event-endpoint");
    await createEventEndpoint({ url: started.receiver.url, eventTypes: ENDPOINT_EVENTS.join(",") }, actor);

    started.instances = INSTANCE_PORTS.map((port) =>
      instance({ root: options.root, port, env, log: (line) => options.log(`[${port}] ${line}`) }),
    );
    await Promise.all(started.instances.map((one) => one.start()));
    options.log(`instances up on ${INSTANCE_PORTS.join(", ")}`);
    started.nginx = startNginx({
      binary,
      root: options.root,
      dir: options.dir,
      log: (line) => options.log(`[nginx] ${line}`),
    });
    const { waitForHealth } = await import("../support/wait-for-health");
    await waitForHealth(NGINX_URL, { timeoutMs: 15_000, running: () => started.nginx!.child.running() });
    options.log(`nginx up on ${NGINX_URL}`);
    return { ...(started as Cluster), shopKey, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

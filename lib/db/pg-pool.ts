// The two node-postgres pools of an instance, created on first use. The general pool
// serves Prisma (lib/db/client.ts) and the plain-SQL paths: pages, actions, exports,
// syncs, imports, the delivery applier. The receivers have a pool of their own, so eight
// slow CSV downloads can never hold the connections a delivery needs to be stored. Both
// give up waiting for a connection after a timeout, with an error that says so.
import pg from "pg";

import { env } from "@/lib/config/env";

export type PoolName = "general" | "receivers";

type PoolSettings = { max: number; connectTimeoutMs: number; session: pg.PoolConfig };

function settings(name: PoolName): PoolSettings {
  const config = env();
  if (name === "receivers")
    return {
      max: config.RECEIVER_POOL_SIZE,
      connectTimeoutMs: config.RECEIVER_CONNECT_TIMEOUT_MS,
      // One INSERT per batch of deliveries: anything slower is a stuck database, and the
      // provider is better off with a 503 and a retry than with a hanging request.
      session: { statement_timeout: 30_000, idle_in_transaction_session_timeout: 30_000 },
    };
  return {
    max: config.DATABASE_POOL_SIZE,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    // No statement timeout: an export's COPY lasts as long as its reader takes the bytes.
    // A transaction left open by mistake would hold its locks for ever; none of ours idles a minute.
    session: { idle_in_transaction_session_timeout: 60_000 },
  };
}

/** What a pool's connection wait that ran out of time throws: transient, try again later. */
export class PoolTimeoutError extends Error {
  readonly code = "POOL_TIMEOUT";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PoolTimeoutError";
  }
}

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/** A pg.Pool whose connection timeouts say which pool, how long and what to do. */
class NamedPool extends pg.Pool {
  constructor(
    readonly label: PoolName,
    private readonly settings: PoolSettings,
    url: string,
  ) {
    super({
      connectionString: url,
      max: settings.max,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: 10_000,
      ...settings.session,
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect().catch((error: Error) => Promise.reject(this.explain(error)));
    super.connect((error, client, done) => callback(error ? this.explain(error) : undefined, client, done));
  }

  private explain(error: Error): Error {
    const { max, connectTimeoutMs } = this.settings;
    const variables = this.label === "receivers" ? "RECEIVER_POOL_SIZE" : "DATABASE_POOL_SIZE";
    if (/timeout exceeded when trying to connect/.test(error.message))
      return new PoolTimeoutError(
        `No database connection came free within ${connectTimeoutMs} ms: the ${this.label} pool's ${max} connection${max === 1 ? "" : "s"} stayed busy (raise ${variables} if this is normal load).`,
        { cause: error },
      );
    if (/due to connection timeout/.test(error.message))
      return new PoolTimeoutError(
        `The database did not accept a new connection of the ${this.label} pool within ${connectTimeoutMs} ms.`,
        { cause: error },
      );
    return error;
  }
}

const globalForPools = globalThis as unknown as {
  financingDeskPgPools?: Partial<Record<PoolName, { url: string; pool: NamedPool }>>;
};
const pools = (globalForPools.financingDeskPgPools ??= {});

function pool(name: PoolName): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  const cached = pools[name];
  if (cached?.url === url) return cached.pool;
  void cached?.pool.end().catch(() => {}); // DATABASE_URL changed (tests): drop the old pool
  const created = new NamedPool(name, settings(name), url);
  created.on("error", (error) => console.error(`[db] idle connection error (${name} pool):`, error.message));
  pools[name] = { url, pool: created };
  return created;
}

/** The general pool: everything but the receivers. */
export function pgPool(): pg.Pool {
  return pool("general");
}

/** The receivers' own pool: storing deliveries and counting unverified bytes. */
export function receiverPool(): pg.Pool {
  return pool("receivers");
}

/** Ends both pools; the next use opens new ones (with the environment read again). */
export async function closePgPool(): Promise<void> {
  const ended = Object.values(pools).map((cached) => cached.pool.end());
  for (const name of Object.keys(pools) as PoolName[]) delete pools[name];
  await Promise.all(ended);
}

/** Settings for a connection of its own (a sync run's lock), with the general pool's connect timeout. */
export function singleConnectionConfig(): pg.ClientConfig {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  return { connectionString: url, connectionTimeoutMillis: env().DATABASE_CONNECT_TIMEOUT_MS };
}

// Errors that say "the database is not there right now", not "this data is wrong":
// work that hit one should simply be tried again later.
const TRANSIENT_SQLSTATE = /^(08|53|57P0[1-4]|40001|40P01|P2034)/; // connection, resources, shutdown, serialization, deadlock (Prisma: P2034)
// POOL_TIMEOUT: no connection of our pool came free in time (pg-pool.ts).
const TRANSIENT_NODE = new Set([
  "POOL_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

type ErrorLink = { code?: unknown; message?: unknown };

/** Whether the error, its causes or the driver error Prisma wraps (meta.driverAdapterError) pass the test. */
function someInChain(error: unknown, test: (link: ErrorLink) => boolean): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const link = current as ErrorLink & { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (test(link)) return true;
    current = link.cause ?? link.meta?.driverAdapterError;
  }
  return false;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function isTransientDatabaseError(error: unknown): boolean {
  return someInChain(
    error,
    ({ code, message }) =>
      (typeof code === "string" && (TRANSIENT_NODE.has(code) || TRANSIENT_SQLSTATE.test(code))) ||
      /Code: `(08|53|57P0[1-4]|40001|40P01)|ECONNREFUSED|Connection terminated|the database system is (shutting down|starting up)|Can't reach database|No database connection came free|did not accept a new connection/i.test(
        text(message),
      ),
  );
}

/** A test of one link: one of these codes, or a message that matches. */
const codeOrMessage =
  (codes: string[], pattern: RegExp) =>
  ({ code, message }: ErrorLink): boolean =>
    (typeof code === "string" && codes.includes(code)) || pattern.test(text(message));

const CONFLICT = codeOrMessage(
  ["40P01", "40001", "P2034"],
  /Code: `(40P01|40001)`|deadlock detected|could not serialize|write conflict or a deadlock/i,
);
const TIMEOUT = codeOrMessage(
  ["55P03", "57014"],
  /Code: `(55P03|57014)`|canceling statement due to (lock|statement) timeout|Transaction already closed|expired transaction|Unable to start a transaction in the given time/i,
);

/** Two transactions collided (deadlock, serialization): running the work again will do. */
export function isConflictError(error: unknown): boolean {
  return someInChain(error, CONFLICT);
}

/**
 * A wait that ran out of time: a lock another transaction held (55P03, SET lock_timeout), a
 * statement over its limit or cancelled (57014), Prisma's interactive transaction past its
 * timeout or unable to start. The same work may well succeed a little later.
 */
export function isTimeoutError(error: unknown): boolean {
  return someInChain(error, TIMEOUT);
}

/**
 * Why applying a stored delivery is retried with backoff (lib/ingest/delivery-retry.ts) rather
 * than failed at once: the database was away, two transactions collided, or a wait timed out.
 * Anything else (a bug, a constraint, bad data) will fail the same way again.
 */
export function isRetryableApplyError(error: unknown): boolean {
  return isTransientDatabaseError(error) || isConflictError(error) || isTimeoutError(error);
}

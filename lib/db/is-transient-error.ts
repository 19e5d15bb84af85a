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

export function isTransientDatabaseError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (TRANSIENT_NODE.has(code) || TRANSIENT_SQLSTATE.test(code))) return true;
    if (
      typeof message === "string" &&
      /Code: `(08|53|57P0[1-4]|40001|40P01)|ECONNREFUSED|Connection terminated|the database system is (shutting down|starting up)|Can't reach database|No database connection came free|did not accept a new connection/i.test(
        message,
      )
    )
      return true;
    current = cause;
  }
  return false;
}

/** Two transactions collided (deadlock, serialization): running the work again will do. */
export function isConflictError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (code === "40P01" || code === "40001" || code === "P2034") return true;
    if (
      typeof message === "string" &&
      /Code: `(40P01|40001)`|deadlock detected|could not serialize|write conflict or a deadlock/i.test(message)
    )
      return true;
    current = cause;
  }
  return false;
}

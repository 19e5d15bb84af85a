// A migration-aware driver adapter for the schema engine: @prisma/adapter-pg
// with three fixes that the engine's introspection and shadow database need.
import { randomUUID } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

import { databaseUrl, runAdminQuery } from "@/lib/db/admin-query";

const OID_CHAR = 18; // the one-byte "char" type of catalog columns (pg_constraint.contype, ...)
const OID_TEXT = 25;

// adapter-pg cannot decode "char" columns (`Column type 'char' could not be
// deserialized`), and the engine reads them as characters, not text (it
// panics on PostgreSQL 18's NOT NULL constraints otherwise). So the pg client
// reports them as text to adapter-pg, remembers which columns they were (keyed
// by the rows array, which adapter-pg passes through), and queryRaw then
// types those columns as Character.
const charColumns = new WeakMap<object, number[]>();

function hideCharColumns<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as (pg.QueryResult | undefined)[]) {
    const columns = (r?.fields ?? []).flatMap((f, i) => (f.dataTypeID === OID_CHAR ? [i] : []));
    if (!r || columns.length === 0) continue;
    for (const i of columns) r.fields[i]!.dataTypeID = OID_TEXT;
    charColumns.set(r.rows, columns);
  }
  return result;
}

class CatalogClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(CatalogClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const callback = args.at(-1);
  if (typeof callback === "function") {
    // pg.Pool#query calls the client with a callback.
    args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : hideCharColumns(res));
    return baseQuery.apply(this, args);
  }
  const ret = baseQuery.apply(this, args);
  return ret instanceof Promise ? ret.then(hideCharColumns) : ret;
};

function typeCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

// adapter-pg's executeScript splits the script on every ";", which breaks
// string literals and function bodies. Send it whole, as Prisma's own engine
// does (one simple-protocol query).
function patched(adapter: SqlDriverAdapter & { underlyingDriver(): pg.Pool }): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (e) {
      const err = e as pg.DatabaseError;
      if (typeof err.code !== "string") throw e;
      throw new DriverAdapterError({
        kind: "postgres",
        code: err.code,
        severity: err.severity ?? "ERROR",
        message: err.message,
        detail: err.detail,
        column: err.column,
        hint: err.hint,
      });
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => typeCharColumns(await startTransaction(isolationLevel));
  return typeCharColumns(adapter);
}

export type EngineAdapter = ReturnType<typeof bindMigrationAwareSqlAdapterFactory> & {
  /** Closes every pool the engine opened (it does not always dispose them itself). */
  close(): Promise<void>;
};

/** Adapter factory for `SchemaEngine.new`; shadow databases are created on the same server as `url`. */
export function pgEngineAdapter(url: string): EngineAdapter {
  const open = new Set<() => Promise<void>>();
  const connectTo = async (target: string, afterClose?: () => Promise<void>) => {
    const adapter = patched(await new PrismaPg({ connectionString: target, Client: CatalogClient }).connect());
    const dispose = adapter.dispose.bind(adapter);
    let closing: Promise<void> | undefined;
    // adapter-pg drops the shadow database before closing its pool, which
    // fails ("is being accessed by other users"): close first, then drop.
    const close = () =>
      (closing ??= (async () => {
        open.delete(close);
        try {
          await dispose();
        } finally {
          await afterClose?.();
        }
      })());
    adapter.dispose = close;
    open.add(close);
    return adapter;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(url),
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runAdminQuery(url, `CREATE DATABASE "${name}"`);
      return connectTo(databaseUrl(url, name), () =>
        runAdminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  return Object.assign(bound, {
    close: async () => {
      await Promise.allSettled([...open].map((close) => close()));
    },
  });
}

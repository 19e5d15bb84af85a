// `COPY … TO STDOUT` as a web ReadableStream: PostgreSQL's bytes, read from the socket only
// as fast as the reader takes them (a few 64 KiB chunks wait at most), so memory stays flat.
// A single COPY statement is one snapshot: no transaction or cursor needed.
import type { Readable } from "node:stream";

import { to as copyTo } from "pg-copy-streams";

import { pgPool } from "./pg-pool";

export type CopyOutcome = {
  completed: boolean;
  /** PostgreSQL's count, when completed. */ rowCount?: number;
  error?: Error;
};

export type CopyToStreamOptions = {
  /** The COPY statement, built on the first pull: a failure there errors the stream like a database error. */
  sql: () => string;
  /** Each chunk as handed to the reader. */
  transform: (chunk: Buffer) => Uint8Array;
  /** Called exactly once: the COPY ended, failed, or the reader went away. */
  onFinish: (outcome: CopyOutcome) => Promise<void> | void;
};

const CHUNK = 64 * 1024;

export function copyToStream(options: CopyToStreamOptions): ReadableStream<Uint8Array> {
  let session: Promise<CopySession> | undefined;
  let finished = false;

  const finish = async (outcome: CopyOutcome) => {
    if (finished) return;
    finished = true;
    const held = await session?.catch(() => undefined);
    // Not completed: the connection may still be mid-COPY, so the pool must discard it
    // (pg then closes the socket, which stops the COPY on the server).
    held?.release(
      outcome.completed ? undefined : (outcome.error ?? new Error("The COPY was abandoned by its reader.")),
    );
    await options.onFinish(outcome);
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          session ??= startCopy(options.sql());
          const copy = await session;
          const chunk = await copy.next();
          if (chunk) return controller.enqueue(options.transform(chunk));
          const rowCount = await copy.idle;
          await finish({ completed: true, rowCount });
          controller.close();
        } catch (error) {
          // After a cancel this is the aborted COPY failing: finish and error are no-ops then.
          await finish({ completed: false, error: error as Error });
          controller.error(error);
        }
      },
      cancel: () => finish({ completed: false }),
    },
    { highWaterMark: 4 },
  );
}

type CopySession = {
  /** The next chunk, or null when the COPY's data has all been read. */
  next: () => Promise<Buffer | null>;
  /** PostgreSQL's row count, once the connection is ready for the next query. */
  idle: Promise<number>;
  release: (error?: Error) => void;
};

async function startCopy(sql: string): Promise<CopySession> {
  const client = await pgPool().connect();
  const copy: Readable & { rowCount: number } = client.query(copyTo(sql, { highWaterMark: CHUNK }));
  let failure: Error | undefined;
  let ended = false;
  let wake = () => {};
  const onError = (error: Error) => {
    failure ??= error;
    wake();
  };
  // The pool listens for errors on idle clients only: a connection lost while we hold it
  // would otherwise crash the process. The COPY itself fails through `copy` then.
  const onClientError = () => {};
  client.on("error", onClientError);
  copy.on("error", onError);
  copy.on("readable", () => wake());
  copy.on("end", () => {
    ended = true;
    wake();
  });
  let onDrain = () => {};
  const idle = new Promise<number>((resolve, reject) => {
    // pg emits 'drain' after ReadyForQuery: CommandComplete (the row count) came before it.
    onDrain = () => resolve(copy.rowCount);
    client.once("drain", onDrain);
    copy.once("error", reject);
  });
  idle.catch(() => {}); // awaited only on success; a failure surfaces through next()

  return {
    idle,
    async next() {
      for (;;) {
        if (failure) throw failure;
        const chunk = copy.read() as Buffer | null;
        if (chunk !== null) return chunk;
        if (ended) return null;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    release(error) {
      client.removeListener("drain", onDrain);
      client.removeListener("error", onClientError);
      client.release(error);
    },
  };
}

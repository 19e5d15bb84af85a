// The request a piece of work belongs to, carried through its async calls, so every logger
// line written while serving it says which request (pino's mixin in logger.ts). One store
// per process: the custom server and each Next bundle load their own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

const KEY = Symbol.for("financing-desk.request-context");

function storage(): AsyncLocalStorage<RequestContext> {
  const store = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };
  return (store[KEY] ??= new AsyncLocalStorage<RequestContext>());
}

export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage().run(context, work);
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return storage().getStore()?.requestId;
}

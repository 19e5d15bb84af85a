// A request's id: the caller's X-Request-Id when it is a short token that is safe to write in
// a log line and a header (a proxy's or a client's correlation id), else a new random one.
import { randomUUID } from "node:crypto";

const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function requestIdFrom(incoming: string | string[] | undefined): string {
  const given = Array.isArray(incoming) ? incoming[0] : incoming;
  return given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

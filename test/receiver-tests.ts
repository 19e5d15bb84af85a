// What the receiver route tests share: credentials set and an empty database before each
// test, a route's answer read as JSON, the delivery stored behind an answer, a body that
// stops mid-way, and the check that every refused method is stored.
import { beforeAll, beforeEach, expect, it } from "vitest";

import { db } from "../lib/db/client";
import { configureProviders } from "./provider-requests";
import { resetDatabase } from "./reset-database";

/** Call at the top of a receiver test file. */
export function setUpReceiverTests(): void {
  beforeAll(() => configureProviders());
  beforeEach(resetDatabase);
}

export type ReceiverAnswer = {
  status: number;
  body: { received?: boolean; deliveryId: string; duplicate?: boolean; error?: string };
};

/** Calls a route handler and reads its JSON answer. */
export function poster(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<ReceiverAnswer> => {
    const response = await handler(request);
    return { status: response.status, body: (await response.json()) as ReceiverAnswer["body"] };
  };
}

/** The delivery row the answer names. */
export async function stored(response: Response) {
  const { deliveryId } = (await response.json()) as { deliveryId: string };
  return db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
}

/** A JSON POST whose body sends `sent` and then fails, as a client that disconnects mid-way. */
export function abortedRequest(url: string, sent: string): Request {
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(sent)),
    pull: (controller) => controller.error(new Error("aborted")),
  });
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: stream,
    duplex: "half",
  } as RequestInit);
}

type Handler = (request: Request) => Promise<Response>;
type Route = { GET: Handler; PUT: Handler; PATCH: Handler; DELETE: Handler };
type Stored = Awaited<ReturnType<typeof stored>>;

/**
 * One test per method a receiver refuses: it answers 405 (Allow: POST) and stores the
 * request INVALID with the reason; `check` adds what the receiver's own test expects.
 */
export function itStoresWrongMethods(
  route: Route,
  endpoint: string,
  options: { title: string; request: (method: string) => Request; check: (delivery: Stored, method: string) => void },
) {
  const methods = [
    ["GET", route.GET],
    ["PUT", route.PUT],
    ["PATCH", route.PATCH],
    ["DELETE", route.DELETE],
  ] as const;
  it.each(methods)(options.title, async (method, handler) => {
    const response = await handler(options.request(method));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    const delivery = await stored(response);
    expect(delivery).toMatchObject({ processing: "INVALID", responseStatus: 405, endpoint });
    expect(delivery.processingError).toBe(`Method ${method} is not allowed: this endpoint accepts POST only.`);
    options.check(delivery, method);
  });
}

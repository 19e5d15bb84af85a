// What the receiver route tests share: credentials set and an empty database before each
// test, a route's answer read as JSON, the delivery stored behind an answer, a body that
// stops mid-way, and the ChargeAfter approval most tests send.
import { beforeAll, beforeEach, expect } from "vitest";

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

/** A ChargeAfter application.approved webhook from lender A. */
export const caApproval = (applicationId: string) => ({
  eventType: "application.approved",
  createdAt: "2026-11-02T15:00:00.000Z",
  applicationId,
  lenderId: "A",
  amount: 1,
});

type Handler = (request: Request) => Promise<Response>;

/** Every method a receiver refuses, with the route's handler for it (for it.each). */
export function wrongMethods(route: { GET: Handler; PUT: Handler; PATCH: Handler; DELETE: Handler }) {
  return [
    ["GET", route.GET],
    ["PUT", route.PUT],
    ["PATCH", route.PATCH],
    ["DELETE", route.DELETE],
  ] as const;
}

/** Expects the 405 answer (Allow: POST) and the INVALID delivery it stored, and returns that delivery. */
export async function expectWrongMethodStored(response: Response, method: string, endpoint: string) {
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe("POST");
  const delivery = await stored(response);
  expect(delivery).toMatchObject({ processing: "INVALID", responseStatus: 405, endpoint });
  expect(delivery.processingError).toBe(`Method ${method} is not allowed: this endpoint accepts POST only.`);
  return delivery;
}

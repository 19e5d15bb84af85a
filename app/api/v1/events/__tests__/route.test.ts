import { beforeEach, describe, expect, it } from "vitest";

import { GET } from "@/app/api/v1/events/route";
import { db } from "@/lib/db/client";
import { eventsFeedPageSchema } from "@/lib/events/events-feed-schema";
import { handOffEvents } from "@/lib/events/hand-off-events";
import { recordEvent } from "@/lib/events/record-event";
import { resetDatabase } from "@/test/reset-database";
import { routeContext, shopKey, shopRequest } from "@/test/shop-api";

let key: string;

beforeEach(async () => {
  await resetDatabase();
  key = await shopKey("read");
});

const data = (n: number) => ({
  delivery_id: "0190f0f0-0000-7000-8000-" + String(n).padStart(12, "0"),
  provider: "wegetfinancing",
  event_type: null,
  error: `failure ${n}`,
  received_at: "2026-12-01T10:00:00.000Z",
});

async function feed(query: string, apiKey = key) {
  const response = await GET(shopRequest(`/events${query}`, { key: apiKey }), routeContext());
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/events", () => {
  it("pages through the events in commit order and keeps the cursor on the last page", async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 5; n++) ids.push(await db().$transaction((tx) => recordEvent(tx, "delivery.failed", data(n))));
    // Not handed off yet: not in the feed, so a poller can never pass an event that commits later.
    expect((await feed("")).body).toEqual({ data: [], next_cursor: null });
    await handOffEvents();

    const first = await feed("?limit=2");
    expect(first.status).toBe(200);
    expect(eventsFeedPageSchema.parse(first.body).data.map((e) => e.id)).toEqual(ids.slice(0, 2));
    expect(first.body.data[0]).toMatchObject({ type: "delivery.failed", data: { error: "failure 1" } });
    const second = await feed(`?limit=2&after=${first.body.next_cursor}`);
    const third = await feed(`?limit=2&after=${second.body.next_cursor}`);
    expect([...second.body.data, ...third.body.data].map((e: { id: string }) => e.id)).toEqual(ids.slice(2));
    const empty = await feed(`?after=${third.body.next_cursor}`);
    expect(empty.body).toEqual({ data: [], next_cursor: third.body.next_cursor });

    const later = await db().$transaction((tx) => recordEvent(tx, "delivery.failed", data(6)));
    await handOffEvents();
    expect((await feed(`?after=${third.body.next_cursor}`)).body.data.map((e: { id: string }) => e.id)).toEqual([
      later,
    ]);
  });

  it("answers 400 with the parameter's path for a bad cursor or limit, 401 without a key", async () => {
    const bad = await feed("?after=abc&limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["after", "limit"]);
    expect((await feed("", "fd_wrong")).status).toBe(401);
  });
});

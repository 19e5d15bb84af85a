import { beforeEach, describe, expect, it } from "vitest";

import { findDeliveries } from "@/lib/deliveries/find-deliveries";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { expectListWalk, makeTiedRows } from "@/lib/pagination/__tests__/expect-keyset-walk";
import { idsForQuery } from "@/lib/pagination/__tests__/ids-for-query";
import { decodeCursor } from "@/lib/pagination/keyset";
import { expectDaysInZone } from "@/lib/search-params/__tests__/expect-day-range";
import { resetDatabase } from "@/test/reset-database";

import { makeDelivery } from "./make-delivery";

beforeEach(resetDatabase);

const NOW = new Date("2026-11-03T12:00:00Z");

/** The ids the log shows for a URL query, in order. */
const ids = idsForQuery(readDeliveryFilters, findDeliveries, NOW);

describe("findDeliveries filters", () => {
  it("by provider, event type, HTTP status class, verification, processing and duplicate", async () => {
    const wgf = await makeDelivery({
      provider: "WEGETFINANCING",
      endpoint: "/api/postbacks/wegetfinancing",
      eventType: "wgf.postback.approved",
    });
    const approved = await makeDelivery({
      eventType: "application.approved",
      receivedAt: new Date("2026-11-02T15:01:00Z"),
    });
    const rejected = await makeDelivery({
      verification: "INVALID",
      processing: "REJECTED",
      responseStatus: 401,
      eventType: null,
      receivedAt: new Date("2026-11-02T15:02:00Z"),
    });
    const unavailable = await makeDelivery({
      responseStatus: 503,
      processing: "FAILED",
      receivedAt: new Date("2026-11-02T15:03:00Z"),
    });
    const duplicate = await makeDelivery({
      processing: "DUPLICATE",
      duplicateOfId: approved.id,
      eventType: "application.approved",
      receivedAt: new Date("2026-11-02T15:04:00Z"),
    });

    expect(await ids("provider=WEGETFINANCING")).toEqual([wgf.id]);
    expect(await ids("provider=chargeafter")).toEqual([duplicate.id, unavailable.id, rejected.id, approved.id]);
    expect(await ids("provider=CHARGEAFTER&provider=WEGETFINANCING")).toHaveLength(5);
    expect(await ids("eventType=application.approved")).toEqual([duplicate.id, approved.id]);
    expect(await ids("eventType=application.approved&eventType=wgf.postback.approved")).toEqual([
      duplicate.id,
      approved.id,
      wgf.id,
    ]);
    expect(await ids("status=4xx")).toEqual([rejected.id]);
    expect(await ids("status=5xx&status=4xx")).toEqual([unavailable.id, rejected.id]);
    expect(await ids("status=2xx")).toEqual([duplicate.id, approved.id, wgf.id]);
    expect(await ids("verification=INVALID")).toEqual([rejected.id]);
    expect(await ids("processing=FAILED")).toEqual([unavailable.id]);
    expect(await ids("processing=REJECTED&processing=DUPLICATE")).toEqual([duplicate.id, rejected.id]);
    expect(await ids("duplicate=yes")).toEqual([duplicate.id]);
    expect(await ids("duplicate=no")).toEqual([unavailable.id, rejected.id, approved.id, wgf.id]);
    expect(await ids("failure=yes")).toEqual([unavailable.id, rejected.id]);
    expect(await ids("provider=CHARGEAFTER&status=2xx&duplicate=no")).toEqual([approved.id]);
  });

  it("by inclusive days in APP_TIMEZONE", async () => {
    await expectDaysInZone((at) => makeDelivery({ receivedAt: at }), ids);
  });

  it("received in the last 24 hours", async () => {
    await makeDelivery({ receivedAt: new Date(NOW.getTime() - 24 * 3600_000 - 1) });
    const recent = await makeDelivery({ receivedAt: new Date(NOW.getTime() - 24 * 3600_000) });
    expect(await ids("within=24h")).toEqual([recent.id]);
  });

  it("searches any id in the payload exactly, and the delivery id itself", async () => {
    const a = await makeDelivery({ searchIds: ["app_123", "tok_abc"] });
    const b = await makeDelivery({ searchIds: ["tok_abc"], receivedAt: new Date("2026-11-02T16:00:00Z") });
    await makeDelivery({ searchIds: ["app_1234"] });
    expect(await ids("q=tok_abc")).toEqual([b.id, a.id]);
    expect(await ids("q=app_123")).toEqual([a.id]);
    expect(await ids("q=app_12")).toEqual([]);
    expect(await ids(`q=${a.id}`)).toEqual([a.id]);
    expect(await ids(`q=${a.id.toUpperCase()}`)).toEqual([a.id]);
    expect(await ids("q=%20tok_abc%20")).toEqual([b.id, a.id]);
  });

  it("selects only the list's columns, never the body", async () => {
    await makeDelivery();
    const { filters } = readDeliveryFilters({});
    const page = await findDeliveries({ filters, timeZone: "UTC" });
    expect(Object.keys(page.rows[0]!).sort()).toEqual(
      [
        // What it was about (its links) and a refused one's claimed event type: never the body itself.
        "about",
        "application",
        // Whether it waits for an automatic retry, which attempt, when and the last error.
        "applyAttempts",
        "lastApplyError",
        "nextApplyAt",
        "claimedEventType",
        "dispute",
        "order",
        "duplicateOfId",
        "endpoint",
        "eventType",
        "flags",
        "id",
        "processing",
        "processingError",
        "provider",
        "receivedAt",
        "replayCount",
        "responseStatus",
        "verification",
      ].sort(),
    );
  });
});

describe("findDeliveries keyset pagination", () => {
  it("walks older and back newer across pages with ties in receivedAt, missing and repeating nothing", async () => {
    // 12 deliveries over 4 distinct times: three share each instant.
    const created = await makeTiedRows(12, 3, (receivedAt) => makeDelivery({ receivedAt }));
    const { filters } = readDeliveryFilters({});
    await expectListWalk(findDeliveries, filters, created, (r) => r.receivedAt, [5, 5, 2]);
  });

  it("keeps the filters while paging", async () => {
    for (let i = 0; i < 4; i++)
      await makeDelivery({ provider: "WEGETFINANCING", receivedAt: new Date(Date.UTC(2026, 10, 2, 15, i)) });
    for (let i = 0; i < 4; i++) await makeDelivery({ receivedAt: new Date(Date.UTC(2026, 10, 2, 15, i)) });
    const { filters } = readDeliveryFilters({ provider: "WEGETFINANCING" });
    const first = await findDeliveries({ filters, timeZone: "UTC", pageSize: 3 });
    const second = await findDeliveries({ filters, cursor: decodeCursor(first.older), timeZone: "UTC", pageSize: 3 });
    expect(second.rows).toHaveLength(1);
    expect(second.older).toBeNull();
  });
});

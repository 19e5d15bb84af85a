import { readdirSync } from "node:fs";

import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { application, event, parse, read, receivedAt, sharedDir } from "./postback-helpers";

describe("shared fixtures", () => {
  const postbacks = readdirSync(sharedDir).filter((name) => name.startsWith("postback-"));

  it("finds the shared postback fixtures", () => {
    expect(postbacks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(postbacks)("%s parses to an application event", (name) => {
    const result = parse(read(sharedDir, name));
    const effect = application(result);
    expect(effect.provider).toBe("WEGETFINANCING");
    expect(effect.occurredAt).toEqual(receivedAt);
    expect(event(result).eventType).toMatch(/^wgf\.postback\./);
  });

  it("postback-approved.json: approved, promote, exact amount", () => {
    const result = parse(read(sharedDir, "postback-approved.json"));
    expect(event(result)).toMatchObject({
      eventType: "wgf.postback.approved",
      dedupeKey: "wgf:abc123def456:approved:-",
      searchIds: ["abc123def456", "ORDER-123"],
    });
    const effect = application(result);
    expect(effect).toMatchObject({
      externalId: "abc123def456",
      status: "APPROVED",
      merchantTransactionId: "ORDER-123",
      order: { action: "promote" },
      data: { format: "json-1.9-flat", version: "1.9", status: "approved", amount: "499.00" },
    });
    expect(effect.amount).toBeInstanceOf(Decimal);
    expect(effect.amount!.toFixed(2)).toBe("499.00");
  });

  it("postback-preapproved.json: prequalified, no order action", () => {
    const effect = application(parse(read(sharedDir, "postback-preapproved.json")));
    expect(effect).toMatchObject({
      externalId: "pq77aa01",
      status: "PREQUALIFIED",
      merchantTransactionId: "ORDER-124",
    });
    expect(effect.order).toBeUndefined();
    expect(effect.amount).toBeUndefined();
  });

  it("postback-rejected.json: declined, no order action", () => {
    const effect = application(parse(read(sharedDir, "postback-rejected.json")));
    expect(effect).toMatchObject({ externalId: "rj55bb02", status: "DECLINED" });
    expect(effect.order).toBeUndefined();
  });
});

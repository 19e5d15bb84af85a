// npm run endpoint, run as an operator runs it, against this worker's database.
import { spawnSync } from "node:child_process";

import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";

const endpoint = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/endpoint.ts", ...args], {
    env: { ...process.env },
    encoding: "utf8",
  });

beforeEach(resetDatabase);

describe("npm run endpoint", () => {
  it("adds an endpoint with its secret shown once, lists it without the secret, removes it; audited", async () => {
    const added = endpoint("add", "https://shop.example/hooks", "--events", "order.created,order.cancelled");
    expect(added.status).toBe(0);
    const secret = /Secret: (whsec_[A-Za-z0-9+/=]+)/.exec(added.stdout)![1]!;
    const stored = await db().eventEndpoint.findUniqueOrThrow({ where: { url: "https://shop.example/hooks" } });
    expect(stored).toMatchObject({ secret, eventTypes: ["order.cancelled", "order.created"] });
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(24);

    const listed = endpoint("list");
    expect(listed.stdout).toMatch(
      /https:\/\/shop\.example\/hooks\s+order\.cancelled,order\.created\s+enabled\s+0\/0\/0/,
    );
    expect(listed.stdout).not.toContain(secret);

    expect(endpoint("remove", "https://shop.example/hooks").status).toBe(0);
    expect(await db().eventEndpoint.count()).toBe(0);
    const actions = await db().auditLog.findMany({ orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["event-endpoint.create", "event-endpoint.delete"]);
  }, 60_000);

  it("refuses a URL that is not http(s), an unknown event type, a URL added twice and an unknown one, in words", async () => {
    expect(endpoint("add", "ftp://shop.example").stderr).toMatch(/http:\/\/ or https:\/\//);
    expect(endpoint("add", "https://shop.example", "--events", "order.shipped").stderr).toMatch(/Use event types of/);
    expect(endpoint("add", "https://shop.example").status).toBe(0);
    const again = endpoint("add", "https://shop.example");
    expect([again.status, again.stderr]).toEqual([1, expect.stringMatching(/exists already/)]);
    expect(endpoint("remove", "https://nowhere.example").stderr).toMatch(/No event endpoint/);
  }, 60_000);
});

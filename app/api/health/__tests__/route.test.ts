import { afterEach, describe, expect, it } from "vitest";

import { GET as live } from "@/app/api/health/live/route";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db/client";

const workerUrl = process.env.DATABASE_URL;

afterEach(async () => {
  process.env.DATABASE_URL = workerUrl;
  await disconnectDb();
});

describe("GET /api/health", () => {
  it("answers 200 ok when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 when the database is unreachable, and liveness stays 200", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    expect(live().status).toBe(200);
  });
});

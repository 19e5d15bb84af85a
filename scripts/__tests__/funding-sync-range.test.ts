// npm run funding:sync -- --from 9999-12-31 --to 9999-12-31 once asked ChargeAfter for
// millennia; it now exits non-zero with the reason before touching the database or the API.
import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import { syncRangeSchema } from "@/lib/reconciliation/sync-funding-records-schema";

function sync(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/funding-sync.ts", ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      CHARGEAFTER_PRIVATE_KEY: "test-key-never-used",
      CHARGEAFTER_API_BASE_URL: "http://127.0.0.1:9",
    },
    timeout: 60_000,
  });
}

describe("funding sync ranges", () => {
  it("the range schema (also Sync now's) refuses days outside 2000-01-01 … 2099-12-31 in words", () => {
    const result = syncRangeSchema.safeParse({ from: "9999-12-31", to: "9999-12-31" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["from", '"9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.'],
      ["to", '"9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.'],
    ]);
    expect(syncRangeSchema.safeParse({ from: "2099-12-01", to: "2099-12-31" }).success).toBe(true);
  });

  it("npm run funding:sync -- --from 9999-12-31 --to 9999-12-31: exit 2 with the message", () => {
    const run = sync("--from", "9999-12-31", "--to", "9999-12-31");
    expect(run.stderr).toContain('--from: "9999-12-31" is outside 2000-01-01 … 2099-12-31: use a date in that range.');
    expect(run.stderr).toContain('--to: "9999-12-31" is outside 2000-01-01 … 2099-12-31');
    expect(run.status).toBe(2);
  }, 90_000);

  it("--days reaching before 2000: exit 2 with the message", () => {
    const run = sync("--days", "20000");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--from: ".*" is outside 2000-01-01 … 2099-12-31/);
  }, 90_000);
});

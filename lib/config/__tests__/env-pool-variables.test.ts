import { describe, expect, it } from "vitest";

import { envSchema } from "@/lib/config/env";

const issues = (input: Record<string, string>) => {
  const parsed = envSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("pool and proxy variables", () => {
  it("unset or blank means the default", () => {
    expect(envSchema.parse({ DATABASE_POOL_SIZE: " ", RECEIVER_POOL_SIZE: "" })).toMatchObject({
      DATABASE_POOL_SIZE: 20,
      DATABASE_CONNECT_TIMEOUT_MS: 10_000,
      RECEIVER_POOL_SIZE: 5,
      RECEIVER_CONNECT_TIMEOUT_MS: 5_000,
      TRUST_PROXY_HOPS: 0,
    });
    expect(envSchema.parse({ DATABASE_POOL_SIZE: " 40 ", TRUST_PROXY_HOPS: "2" })).toMatchObject({
      DATABASE_POOL_SIZE: 40,
      TRUST_PROXY_HOPS: 2,
    });
  });

  it("a bad value is refused with the variable, its bounds and what was given", () => {
    expect(
      issues({
        DATABASE_POOL_SIZE: "0",
        DATABASE_CONNECT_TIMEOUT_MS: "5s",
        RECEIVER_POOL_SIZE: "2.5",
        RECEIVER_CONNECT_TIMEOUT_MS: "-1",
        TRUST_PROXY_HOPS: "21",
      }),
    ).toEqual([
      'TRUST_PROXY_HOPS: must be a whole number from 0 to 20 (unset means 0), not "21"',
      'DATABASE_POOL_SIZE: must be a whole number from 1 to 500 (unset means 20), not "0"',
      'DATABASE_CONNECT_TIMEOUT_MS: must be a whole number from 100 to 600000 (unset means 10000), not "5s"',
      'RECEIVER_POOL_SIZE: must be a whole number from 1 to 100 (unset means 5), not "2.5"',
      'RECEIVER_CONNECT_TIMEOUT_MS: must be a whole number from 100 to 600000 (unset means 5000), not "-1"',
    ]);
  });
});

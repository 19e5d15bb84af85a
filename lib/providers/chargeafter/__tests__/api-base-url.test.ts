import { describe, expect, it } from "vitest";

import { chargeAfterApiAccess, chargeAfterApiBaseUrl } from "@/lib/providers/chargeafter/api-base-url";

describe("base URL", () => {
  it("follows CHARGEAFTER_ENV unless CHARGEAFTER_API_BASE_URL is set", () => {
    expect(chargeAfterApiBaseUrl({ CHARGEAFTER_ENV: "sandbox", CHARGEAFTER_API_BASE_URL: undefined })).toBe(
      "https://api-sandbox.ca-dev.co",
    );
    expect(chargeAfterApiBaseUrl({ CHARGEAFTER_ENV: "production", CHARGEAFTER_API_BASE_URL: undefined })).toBe(
      "https://api.chargeafter.com",
    );
    expect(
      chargeAfterApiBaseUrl({ CHARGEAFTER_ENV: "production", CHARGEAFTER_API_BASE_URL: "http://127.0.0.1:9999/" }),
    ).toBe("http://127.0.0.1:9999");
    expect(
      chargeAfterApiAccess({
        CHARGEAFTER_ENV: "sandbox",
        CHARGEAFTER_API_BASE_URL: undefined,
        CHARGEAFTER_PRIVATE_KEY: undefined,
      }),
    ).toBeNull();
  });
});

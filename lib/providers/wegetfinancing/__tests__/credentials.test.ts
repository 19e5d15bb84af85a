import { describe, expect, it } from "vitest";

import { wgfPostbackCredentials } from "@/lib/providers/wegetfinancing/credentials";

describe("wgfPostbackCredentials", () => {
  it("is empty when nothing is configured: an unset credential accepts nothing", () => {
    expect(wgfPostbackCredentials({})).toEqual([]);
  });

  it("uses the postback pair when both are set", () => {
    expect(
      wgfPostbackCredentials({
        WGF_USERNAME: "api",
        WGF_PASSWORD: "api-pass",
        WGF_POSTBACK_USERNAME: "dhd",
        WGF_POSTBACK_PASSWORD: "dhd-pass",
      }),
    ).toEqual([{ username: "dhd", password: "dhd-pass", label: "current" }]);
  });

  it("falls back to the API pair, as the official plugin signs with it", () => {
    expect(wgfPostbackCredentials({ WGF_USERNAME: "api", WGF_PASSWORD: "api-pass" })).toEqual([
      { username: "api", password: "api-pass", label: "current" },
    ]);
    expect(
      wgfPostbackCredentials({ WGF_USERNAME: "api", WGF_PASSWORD: "api-pass", WGF_POSTBACK_USERNAME: "dhd" }),
    ).toEqual([{ username: "api", password: "api-pass", label: "current" }]);
  });

  it("never uses half a pair", () => {
    expect(wgfPostbackCredentials({ WGF_USERNAME: "api" })).toEqual([]);
    expect(
      wgfPostbackCredentials({ WGF_POSTBACK_PASSWORD: "dhd-pass", WGF_POSTBACK_USERNAME_PREVIOUS: "old" }),
    ).toEqual([]);
  });

  it("adds the previous pair after the current one while rotating", () => {
    const pairs = wgfPostbackCredentials({
      WGF_POSTBACK_USERNAME: "dhd",
      WGF_POSTBACK_PASSWORD: "dhd-pass",
      WGF_POSTBACK_USERNAME_PREVIOUS: "old",
      WGF_POSTBACK_PASSWORD_PREVIOUS: "old-pass",
    });
    expect(pairs.map((pair) => pair.label)).toEqual(["current", "previous"]);
    expect(pairs[1]).toMatchObject({ username: "old", password: "old-pass" });
  });

  it("keeps a previous pair even with no current one", () => {
    expect(
      wgfPostbackCredentials({ WGF_POSTBACK_USERNAME_PREVIOUS: "old", WGF_POSTBACK_PASSWORD_PREVIOUS: "old-pass" }),
    ).toEqual([{ username: "old", password: "old-pass", label: "previous" }]);
  });
});

import { describe, expect, it } from "vitest";

import { utcInstant } from "@/lib/providers/shared/iso-instant";

describe("utcInstant", () => {
  it("reads a date-time without a zone as UTC, a bare date as UTC midnight, and keeps a zone", () => {
    expect(utcInstant("2026-11-03T10:15:00").toISOString()).toBe("2026-11-03T10:15:00.000Z");
    expect(utcInstant("2026-11-03 10:15:00").toISOString()).toBe("2026-11-03T10:15:00.000Z");
    expect(utcInstant("2026-11-03").toISOString()).toBe("2026-11-03T00:00:00.000Z");
    expect(utcInstant("2026-11-04T01:00:00+02:00").toISOString()).toBe("2026-11-03T23:00:00.000Z");
    expect(utcInstant("2026-11-03T10:00:00.123Z").toISOString()).toBe("2026-11-03T10:00:00.123Z");
  });
});

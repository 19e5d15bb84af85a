import { describe, expect, it } from "vitest";

import { describeStatusChecks } from "@/lib/applications/describe-status-check";

const at = new Date("2026-11-20T10:00:00Z");
const check = (id: string, response: unknown, applicationStatus: string | null = null) => ({
  id,
  checkedAt: at,
  checkedByEmail: "support@example.test",
  applicationStatus,
  response,
});

describe("describeStatusChecks", () => {
  it("flattens the newest readable answer and keeps every check in the history", () => {
    const view = describeStatusChecks([
      check("failed", { error: { kind: "timeout", message: "ChargeAfter did not answer." } }),
      check("unreadable", { applicationStatus: 42 }),
      check(
        "ok",
        {
          applicationStatus: "Approved",
          account: { lenderName: "Finara", creditInfo: { maxAmount: 1500, availableCredit: "1200.5" } },
          confirmedOffer: { code: "12M", amount: "999.99", promoSettings: { numberOfPeriods: 12, apr: 0 } },
        },
        "Approved",
      ),
      check("older", { applicationStatus: "NewStatus" }, "NewStatus"),
    ]);
    expect(view.history.map((row) => [row.id, row.error])).toEqual([
      ["failed", "ChargeAfter did not answer."],
      ["unreadable", "The stored answer could not be read."],
      ["ok", null],
      ["older", null],
    ]);
    expect(view.latest).toMatchObject({
      applicationStatus: "Approved",
      isKnownStatus: true,
      lenderName: "Finara",
      lenderId: null,
      offer: { code: "12M", financialProductType: null, promotion: { numberOfPeriods: 12, apr: "0" } },
    });
    expect(view.latest?.creditLimit?.toFixed(2)).toBe("1500.00");
    expect(view.latest?.availableCredit?.toString()).toBe("1200.5");
  });

  it("has no latest answer when no check could be read, and marks a status it does not know", () => {
    expect(describeStatusChecks([check("failed", { error: {} })])).toEqual({
      latest: null,
      history: [expect.objectContaining({ error: "The check failed." })],
    });
    expect(describeStatusChecks([check("new", { applicationStatus: "Paused" })]).latest?.isKnownStatus).toBe(false);
  });
});

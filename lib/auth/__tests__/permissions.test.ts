import { describe, expect, it } from "vitest";

import { can } from "@/lib/auth/permissions";

describe('role matrix of the README ("Sign-in and roles")', () => {
  const cases = [
    ["viewOperations", true, true, true],
    ["viewFunding", false, true, true],
    ["exportFunding", false, true, true],
    ["syncFunding", false, true, true],
    ["replayDelivery", false, false, true],
    ["manageUsers", false, false, true],
    ["viewSettings", false, false, true],
    ["createFinancingRequest", true, true, true],
    ["decideOrderHold", true, false, true],
    ["editDispute", true, false, true],
    ["exportLists", false, true, true],
    ["manageEventEndpoints", false, false, true],
    ["manageApiKeys", false, false, true],
    ["acknowledgeAlerts", true, false, true],
    ["eraseCustomer", false, false, true],
  ] as const;
  it.each(cases)("%s: support %s, finance %s, admin %s", (permission, support, finance, admin) => {
    expect([can("SUPPORT", permission), can("FINANCE", permission), can("ADMIN", permission)]).toEqual([
      support,
      finance,
      admin,
    ]);
  });
});

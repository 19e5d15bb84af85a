import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  ApplicationStatusError,
  applicationStatusUrl,
  fetchApplicationStatus,
  parseApplicationStatusResponse,
} from "@/lib/providers/chargeafter/application-status-client";
import { startFakeStatusApi, type FakeStatusApi } from "@/test/fakes/chargeafter-status-api";
import { sharedFixture } from "@/test/provider-requests";

const fixture = JSON.parse(sharedFixture("chargeafter", "application-status.json")) as Record<string, unknown>;
let api: FakeStatusApi;

beforeAll(async () => {
  api = await startFakeStatusApi({
    statuses: { app_fixture: fixture, "app with/slash": { applicationStatus: "PendingLender" } },
  });
});
afterAll(() => api.close());

const call = (applicationId: string, overrides: { privateKey?: string; timeoutMs?: number } = {}) =>
  fetchApplicationStatus({
    applicationId,
    baseUrl: api.baseUrl,
    privateKey: overrides.privateKey ?? api.privateKey,
    timeoutMs: overrides.timeoutMs,
  });

async function failure(promise: Promise<unknown>): Promise<ApplicationStatusError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApplicationStatusError);
  return error as ApplicationStatusError;
}

describe("fetchApplicationStatus against the fake API", () => {
  it("reads the shared fixture: status, account with credit info, confirmed offer with promo settings, amounts exact", async () => {
    const { status, raw } = await call("app_fixture");
    expect(raw).toEqual(fixture);
    expect(status.applicationStatus).toBe("Approved");
    expect(status.account?.lenderName).toBe("Finara");
    expect(status.account?.lenderId).toBe("lender_finara");
    expect(status.account?.creditInfo?.maxAmount).toEqual(new Decimal("5000"));
    expect(status.account?.creditInfo?.availableCredit?.toFixed(2)).toBe("3700.01");
    expect(status.confirmedOffer?.code).toBe("PROMO12");
    expect(status.confirmedOffer?.financialProductType).toBe("Installments");
    expect(status.confirmedOffer?.amount?.toFixed(2)).toBe("1299.99");
    expect(status.confirmedOffer?.defaultApr).toBe("29.99");
    expect(status.confirmedOffer?.promoSettings).toEqual({
      numberOfPeriods: 12,
      periodicPayment: new Decimal("108.33"),
      periodType: "Month",
      apr: "0",
    });
    expect(status.confirmationToken).toBeNull();
    // The bearer key went in the Authorization header.
    expect(api.requests.at(-1)).toMatchObject({
      applicationId: "app_fixture",
      authorization: `Bearer ${api.privateKey}`,
      status: 200,
    });
  });

  it("display amounts are read exactly whatever their scale: periodicPayment 41.6666", async () => {
    api.statuses.app_scale = {
      applicationStatus: "Approved",
      confirmedOffer: { amount: 1234.5600000000002, promoSettings: { numberOfPeriods: 12, periodicPayment: 41.6666 } },
      account: { creditInfo: { maxAmount: "5000.125", availableCredit: 1e21 } },
    };
    const { status } = await call("app_scale");
    expect(status.confirmedOffer?.promoSettings?.periodicPayment?.toFixed()).toBe("41.6666");
    expect(status.confirmedOffer?.amount?.toFixed()).toBe("1234.5600000000002");
    expect(status.account?.creditInfo?.maxAmount?.toFixed()).toBe("5000.125");
    expect(status.account?.creditInfo?.availableCredit?.toFixed()).toBe("1000000000000000000000");
  });

  it("escapes the application id in the path", async () => {
    expect(applicationStatusUrl("https://api.chargeafter.com/", "a b/c")).toBe(
      "https://api.chargeafter.com/v2/checkout/applications/a%20b%2Fc/status",
    );
    expect((await call("app with/slash")).status.applicationStatus).toBe("PendingLender");
  });

  it("401: says the key was not accepted, without showing it", async () => {
    const error = await failure(call("app_fixture", { privateKey: "wrong-key-123" }));
    expect(error.kind).toBe("unauthorized");
    expect(error.status).toBe(401);
    expect(error.message).toMatch(
      /did not accept the API key \(CHARGEAFTER_PRIVATE_KEY\): HTTP 401 \(request id req_\d+\)/,
    );
    expect(error.message).not.toContain("wrong-key-123");
  });

  it("404: says ChargeAfter does not know the application", async () => {
    const error = await failure(call("app_unknown"));
    expect(error.kind).toBe("not-found");
    expect(error.message).toMatch(/does not know application app_unknown \(HTTP 404\)/);
  });

  it("500 and 503: a server error, try again later", async () => {
    api.failNext(1, "500");
    const error = await failure(call("app_fixture"));
    expect(error).toMatchObject({ kind: "server-error", status: 500 });
    expect(error.message).toMatch(/server error \(HTTP 500\)\. Try again later/);
    api.failNext(1, "503");
    expect((await failure(call("app_fixture"))).status).toBe(503);
    // And it answers normally again afterwards.
    expect((await call("app_fixture")).status.applicationStatus).toBe("Approved");
  });

  it("a body that is not JSON, or not a status, is malformed", async () => {
    api.failNext(1, "malformed");
    expect(await failure(call("app_fixture"))).toMatchObject({
      kind: "malformed",
      message: expect.stringMatching(/not JSON/),
    });
    api.statuses.app_bad = {
      applicationStatus: "Approved",
      confirmedOffer: { amount: 12.345 },
      account: { creditInfo: { maxAmount: "lots" } },
    };
    const error = await failure(call("app_bad"));
    expect(error.kind).toBe("malformed");
    expect(error.message).not.toContain("confirmedOffer.amount");
    expect(error.message).toContain("account.creditInfo.maxAmount");
    api.statuses.app_array = "[1,2]";
    expect((await failure(call("app_array"))).message).toMatch(/not a JSON object/);
  });

  it("a timeout and a dropped connection are told apart", async () => {
    api.failNext(1, "slow", { delayMs: 1500 });
    const slow = await failure(call("app_fixture", { timeoutMs: 200 }));
    expect(slow.kind).toBe("timeout");
    expect(slow.message).toBe("ChargeAfter did not answer within 200 ms. Try again in a moment.");
    api.failNext(1, "reset");
    expect((await failure(call("app_fixture"))).kind).toBe("unreachable");
  });
});

describe("parseApplicationStatusResponse", () => {
  it("accepts status values it does not know, strings for amounts, and missing sections", () => {
    const parsed = parseApplicationStatusResponse({
      applicationStatus: "OnHold",
      confirmedOffer: { amount: "100.5", defaultApr: 9.875 },
      sessionStatus: "Active",
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: { applicationStatus: "OnHold", account: null, sessionStatus: "Active" },
    });
    if (!parsed.ok) return;
    expect(parsed.value.confirmedOffer?.amount?.toFixed(2)).toBe("100.50");
    expect(parsed.value.confirmedOffer?.defaultApr).toBe("9.875");
  });

  it("refuses amounts that are not decimals (a JSON number in exponent form is read: it is a number)", () => {
    expect(parseApplicationStatusResponse({ confirmedOffer: { amount: "1e3" } }).ok).toBe(false);
    expect(parseApplicationStatusResponse({ account: { creditInfo: { maxAmount: true } } }).ok).toBe(false);
  });
});

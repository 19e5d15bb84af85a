// Bodies that cannot be read as ChargeAfter webhooks answer with a clear error.
import { describe, expect, it } from "vitest";

import { approved, parse, parseError, parseOk } from "./helpers";

describe("malformed bodies", () => {
  it("empty body", () => {
    expect(parseError(Buffer.alloc(0)).error).toBe("body is empty");
    expect(parseError("   \n").error).toBe("body is empty");
  });

  it("invalid JSON", () => {
    expect(parseError('{"eventType": "application.approved",').error).toBe("body is not valid JSON");
  });

  it("invalid UTF-8", () => {
    expect(parseError(Buffer.from([0x7b, 0xff, 0x7d])).error).toBe("body is not valid UTF-8");
  });

  it("not an object", () => {
    expect(parseError([approved]).error).toBe("body must be a JSON object, got an array");
    expect(parseError("null").error).toBe("body must be a JSON object, got null");
    expect(parseError("42").error).toBe("body must be a JSON object, got number");
  });

  it("wrong content type", () => {
    expect(parseError(approved, "application/x-www-form-urlencoded").error).toMatch(
      /content type must be application\/json/,
    );
    expect(parseError(approved, "").error).toMatch(/content type/);
  });

  it("content type parameters and case are allowed", () => {
    expect(parse(approved, "Application/JSON; charset=utf-8").ok).toBe(true);
  });

  it("a UTF-8 byte order mark is tolerated", () => {
    expect(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(approved))])).ok).toBe(
      true,
    );
  });

  it("missing applicationId on an application event", () => {
    const { applicationId: _, ...body } = approved;
    const result = parseError(body);
    expect(result.error).toBe("application.approved: applicationId is missing");
    expect(result.searchIds).toEqual(["l1"]);
  });

  it("applicationId of the wrong type or empty", () => {
    expect(parseError({ ...approved, applicationId: true }).error).toBe(
      "application.approved: applicationId must be a string",
    );
    expect(parseError({ ...approved, applicationId: " " }).error).toBe(
      "application.approved: applicationId must not be empty",
    );
  });

  it("missing disputeId on a dispute event", () => {
    const result = parseError({
      eventType: "disputes.created",
      createdAt: approved.createdAt,
      lenderDisputeId: "LND-1",
    });
    expect(result.error).toBe("disputes.created: disputeId is missing");
    expect(result.searchIds).toEqual(["LND-1"]);
  });

  it("amount that is not a number (a decimal string is read, see liberal-reading)", () => {
    expect(parseError({ ...approved, amount: "abc" }).error).toBe(
      'application.approved: amount must be a decimal amount such as "499.00"',
    );
    expect(parseError({ ...approved, amount: true }).error).toBe(
      'application.approved: amount must be a decimal amount such as "499.00"',
    );
    const event = parseOk({ ...approved, amount: "12.50" });
    expect(event.effect.kind === "application" && event.effect.amount?.toFixed(2)).toBe("12.50");
  });

  it("negative amount", () => {
    expect(parseError({ ...approved, amount: -5 }).error).toBe("application.approved: amount must not be negative");
  });

  it("non-finite amount", () => {
    const raw = JSON.stringify(approved).replace(/}$/, ',"amount":1e400}');
    expect(parseError(raw).error).toBe("application.approved: amount must be a finite number");
  });

  it("createdAt that is not a date", () => {
    expect(parseError({ ...approved, createdAt: "yesterday" }).error).toBe(
      "application.approved: createdAt must be an ISO 8601 timestamp",
    );
    expect(parseError({ ...approved, createdAt: "2026-02-30T00:00:00Z" }).error).toMatch(
      /createdAt must be an ISO 8601 timestamp/,
    );
    expect(parseError({ ...approved, createdAt: 1762081781 }).error).toMatch(/createdAt must be an ISO 8601 timestamp/);
  });

  it("missing createdAt on an event", () => {
    const { createdAt: _, ...body } = approved;
    expect(parseError(body).error).toBe("application.approved: createdAt is missing");
    expect(parseError({ eventType: "postsale.settle.accepted", chargeId: "ch_1" }).error).toBe(
      "postsale.settle.accepted: createdAt is missing",
    );
  });

  it("a createdAt without a zone is read as UTC", () => {
    const event = parseOk({ ...approved, createdAt: "2026-11-03T10:00:00" });
    expect(event.effect).toMatchObject({ occurredAt: new Date("2026-11-03T10:00:00.000Z") });
  });

  it("wrong types on documented optional fields", () => {
    expect(parseError({ ...approved, lenderId: { id: 7 } }).error).toBe(
      "application.approved: lenderId must be a string",
    );
    expect(parseError({ ...approved, eventType: "application.pending-lender", reason: ["x"] }).error).toBe(
      "application.pending-lender: reason must be a string",
    );
  });

  it("eventType of the wrong type or empty", () => {
    expect(parseError({ ...approved, eventType: 5 }).error).toBe("eventType must be a string");
    expect(parseError({ ...approved, eventType: "  " }).error).toBe("eventType must not be empty");
  });

  it("no eventType and not a consumer confirmation", () => {
    const { eventType: _, ...body } = approved;
    expect(parseError(body).error).toBe("eventType is missing (and the body is not a consumer confirmation)");
  });

  it("consumer confirmation without applicationId or confirmationToken", () => {
    expect(parseError({ accountToken: "atok", confirmationToken: "ctok" }).error).toBe(
      "consumer confirmation: applicationId is missing",
    );
    expect(parseError({ applicationId: "app_1", accountToken: "atok" }).error).toBe(
      "consumer confirmation: confirmationToken is missing",
    );
  });
});

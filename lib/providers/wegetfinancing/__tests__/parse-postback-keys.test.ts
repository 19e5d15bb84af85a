import { describe, expect, it } from "vitest";

import {
  application,
  event,
  failure,
  FORM_TYPE,
  json,
  JSON_TYPE,
  ownDir,
  parse,
  read,
  sharedDir,
} from "./postback-helpers";

describe("dedupe keys", () => {
  it("are equal for the same approved event as flat, nested, legacy JSON and form", () => {
    const keys = [
      parse(read(sharedDir, "postback-approved.json")),
      parse(read(ownDir, "postback-nested-approved.json")),
      parse(read(ownDir, "postback-legacy-1.0-approved.json")),
      parse(read(ownDir, "postback-form-auth.txt"), FORM_TYPE),
      json({ version: "1.9", request_token: "abc123def456", updates: { status: "approved", amount: 499 } }),
    ].map((result) => event(result).dedupeKey);
    expect(new Set(keys)).toEqual(new Set(["wgf:abc123def456:approved:-"]));
  });

  it("are equal for a retry (same bytes) and differ by status", () => {
    const body = read(sharedDir, "postback-approved.json");
    expect(event(parse(body)).dedupeKey).toBe(event(parse(Buffer.from(body))).dedupeKey);
    expect(event(parse("inv_id=abc123def456&method=void", FORM_TYPE)).dedupeKey).toBe("wgf:abc123def456:cancelled:-");
  });
});

describe("content types", () => {
  it("reads a form body labelled JSON, and a JSON body labelled form", () => {
    expect(application(parse(read(ownDir, "postback-form-auth.txt"), JSON_TYPE)).data).toMatchObject({
      format: "form",
    });
    expect(application(parse(read(sharedDir, "postback-approved.json"), FORM_TYPE)).data).toMatchObject({
      format: "json-1.9-flat",
    });
  });

  it("sniffs a body sent with no content type", () => {
    expect(application(parse(read(sharedDir, "postback-approved.json"), "")).status).toBe("APPROVED");
    expect(application(parse(read(ownDir, "postback-form-auth.txt"), "")).status).toBe("APPROVED");
    expect(failure(parse("hello there", "")).error).toMatch(/neither JSON nor form/);
  });

  it("refuses other content types", () => {
    expect(failure(parse(read(sharedDir, "postback-approved.json"), "text/plain")).error).toMatch(
      /unsupported content type "text\/plain"/,
    );
  });
});

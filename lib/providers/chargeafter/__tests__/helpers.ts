import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect } from "vitest";

import type { NormalisedEvent, ParseResult } from "@/lib/ingest/types";
import { parseChargeAfterWebhook } from "@/lib/providers/chargeafter/parse-webhook";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");
export const fixturesDir = path.resolve(repoRoot, "../shared/fixtures/chargeafter");

/** An application.approved body without an amount, for tests to add to. */
export const approved = {
  eventType: "application.approved",
  createdAt: "2026-11-03T10:00:00.000Z",
  applicationId: "app_1",
  lenderId: "l1",
};

export const receivedAt = new Date("2026-11-20T12:00:00.000Z");

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir).filter((name) => name.endsWith(".json"));
}

export function readFixture(name: string): Buffer {
  return readFileSync(path.join(fixturesDir, name));
}

export function parse(body: unknown, contentType = "application/json"): ParseResult {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
  return parseChargeAfterWebhook(raw, contentType, receivedAt);
}

export function parseOk(body: unknown): NormalisedEvent {
  const result = parse(body);
  if (!result.ok) expect.fail(`expected a parsed event, got: ${result.error}`);
  return result.event;
}

export function parseError(body: unknown, contentType?: string): { error: string; searchIds?: string[] } {
  const result = parse(body, contentType);
  if (result.ok) expect.fail(`expected a parse error, got ${result.event.eventType}`);
  return result;
}

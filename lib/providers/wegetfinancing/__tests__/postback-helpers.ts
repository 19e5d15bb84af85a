// What the parse-postback tests share: the fixtures' folders, a parse with a fixed receive time, and readers that
// fail the test with the parser's own words when the result is not what the test expects.
import { readFileSync } from "node:fs";
import path from "node:path";

import type { ApplicationEffect, NormalisedEvent, ParseResult } from "@/lib/ingest/types";
import { parseWgfPostback } from "@/lib/providers/wegetfinancing/parse-postback";

export const JSON_TYPE = "application/json";
export const FORM_TYPE = "application/x-www-form-urlencoded";
export const receivedAt = new Date("2025-06-01T12:00:00Z");
export const sharedDir = path.resolve("../shared/fixtures/wegetfinancing");
export const ownDir = path.join(import.meta.dirname, "fixtures");

export const read = (dir: string, name: string) => readFileSync(path.join(dir, name));
export const parse = (body: string | Buffer, contentType = JSON_TYPE) =>
  parseWgfPostback(Buffer.isBuffer(body) ? body : Buffer.from(body), contentType, receivedAt);
export const json = (value: unknown) => parse(JSON.stringify(value));

export function event(result: ParseResult): NormalisedEvent {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.event;
}

export function application(result: ParseResult): ApplicationEffect {
  const { effect } = event(result);
  if (effect.kind !== "application") throw new Error(`expected an application effect, got ${effect.kind}`);
  return effect;
}

export function failure(result: ParseResult) {
  if (result.ok) throw new Error(`expected a parse error, got ${result.event.eventType}`);
  return result;
}

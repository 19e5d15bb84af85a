// Turns the raw bytes of a postback into a JSON object or form fields, by content
// type, forgiving a mislabelled body only when its shape leaves no doubt.
import { FORM_MEDIA_TYPE, isJsonMediaType, JSON_MEDIA_TYPE, mediaType } from "@/lib/providers/shared/media-type";

export type WgfBody =
  { kind: "json"; value: Record<string, unknown> } | { kind: "form"; fields: Record<string, string> };

export type ReadBodyResult = { ok: true; body: WgfBody } | { ok: false; error: string; searchIds: string[] };

/** Form-encoded has no raw whitespace or braces, and starts with `name=`. */
const FORM_SHAPE = /^[A-Za-z0-9_.%[\]-]+=[^\s{}]*$/;
const JSON_SHAPE = /^[{[]/;
const ID_FIELDS = ["request_token", "inv_id", "merchant_transaction_id", "cust_id_ext", "crl_id"];

export function readWgfBody(rawBody: Buffer, contentType: string): ReadBodyResult {
  const text = decodeUtf8(rawBody);
  if (text === undefined) return failure("body is not valid UTF-8");
  const trimmed = text.trim();
  if (trimmed === "") return failure("body is empty");

  const type = mediaType(contentType);
  const looksJson = JSON_SHAPE.test(trimmed);
  const looksForm = FORM_SHAPE.test(trimmed);

  if (isJsonMediaType(type)) {
    if (!looksJson && looksForm) return readForm(trimmed);
    return readJson(trimmed);
  }
  if (type === FORM_MEDIA_TYPE) {
    if (looksJson) return readJson(trimmed);
    if (!trimmed.includes("=")) return failure("body is not form-encoded: no name=value pairs");
    return readForm(trimmed);
  }
  if (type === "") {
    if (looksJson) return readJson(trimmed);
    if (looksForm) return readForm(trimmed);
    return failure("no content type, and the body is neither JSON nor form-encoded");
  }
  return failure(`unsupported content type "${type}"; expected ${JSON_MEDIA_TYPE} or ${FORM_MEDIA_TYPE}`);
}

/** The ids a body carries, read loosely: for search even when the body is rejected. */
export function idsIn(record: Record<string, unknown>): string[] {
  const found = ID_FIELDS.map((field) => record[field])
    .map((value) => (typeof value === "number" && Number.isFinite(value) ? String(value) : value))
    .filter((value): value is string => typeof value === "string")
    .map((value) => value.trim())
    .filter((value) => value !== "");
  return [...new Set(found)];
}

function readJson(text: string): ReadBodyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(`body is not valid JSON: ${(error as Error).message}`, idsInBrokenJson(text));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return failure("JSON body must be an object");
  }
  return { ok: true, body: { kind: "json", value: value as Record<string, unknown> } };
}

function readForm(text: string): ReadBodyResult {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    // Two different values for one field: no way to tell which WGF meant.
    if (name in fields && fields[name] !== value) {
      return failure(`form field ${name} appears more than once with different values`, idsIn(fields));
    }
    fields[name] = value;
  }
  return { ok: true, body: { kind: "form", fields } };
}

/** Support still finds a delivery whose JSON is broken by the token it mentions. */
function idsInBrokenJson(text: string): string[] {
  // A string id, or a number one (a Magento quote id as merchant_transaction_id).
  const pattern = new RegExp(`"(?:${ID_FIELDS.join("|")})"\\s*:\\s*(?:"([^"\\\\]{1,200})"|(\\d{1,30})\\b)`, "g");
  return [...new Set([...text.matchAll(pattern)].map((match) => (match[1] ?? match[2])!.trim()).filter(Boolean))];
}

function decodeUtf8(rawBody: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
  } catch {
    return undefined;
  }
}

function failure(error: string, searchIds: string[] = []): ReadBodyResult {
  return { ok: false, error, searchIds };
}

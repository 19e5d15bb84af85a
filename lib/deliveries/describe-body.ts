// How to show a stored body: JSON pretty-printed, a URL-encoded form as key/value
// pairs, other text as it is, anything else as a size. The raw bytes stay one click away.
import { FORM_MEDIA_TYPE, mediaType } from "@/lib/providers/shared/media-type";

export type BodyView =
  | { kind: "empty" }
  | { kind: "json"; text: string; pretty: string }
  | { kind: "form"; text: string; pairs: [string, string][] }
  | { kind: "text"; text: string }
  | { kind: "binary"; bytes: number };

export function describeBody(rawBody: Uint8Array, contentType: string | null): BodyView {
  if (rawBody.byteLength === 0) return { kind: "empty" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
  } catch {
    return { kind: "binary", bytes: rawBody.byteLength };
  }
  const media = mediaType(contentType);
  const looksJson = media.endsWith("json") || /^\s*[[{]/.test(text);
  if (looksJson) {
    try {
      return { kind: "json", text, pretty: JSON.stringify(JSON.parse(text), null, 2) };
    } catch {
      // not JSON after all: shown as text
    }
  }
  if (media === FORM_MEDIA_TYPE || (!looksJson && /^[^\s=&]+=[^\s]*(&[^\s=&]+=[^\s]*)*$/.test(text.trim()))) {
    return { kind: "form", text, pairs: [...new URLSearchParams(text.trim())] };
  }
  return { kind: "text", text };
}

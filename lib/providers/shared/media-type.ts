// Media types of the bodies providers send: the receivers, parsers and body views compare
// the type without parameters ("application/json; charset=utf-8" is application/json).

export const JSON_MEDIA_TYPE = "application/json";
export const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/** The Content-Type without its parameters, lower case; "" when none was sent. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** application/json and the structured-syntax JSON types (application/problem+json). */
export function isJsonMediaType(type: string): boolean {
  return type === JSON_MEDIA_TYPE || type.endsWith("+json");
}

// Where to go after sign-in: only a path on this site, never another origin.
export const DEFAULT_AFTER_SIGN_IN = "/";

/**
 * A relative path ("/orders?status=x") as the proxy sends it, or the default.
 * Refuses absolute URLs, "//host", "/\host", control characters and a loop back to /login.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || hasControlCharacter(value)) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (value === "/login" || value.startsWith("/login?") || value.startsWith("/login/")) return DEFAULT_AFTER_SIGN_IN;
  return value;
}

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code <= 0x1f || code === 0x7f) return true;
  }
  return false;
}

// Headers as stored and shown: every header kept, secret values replaced.
export function maskHeaders(headers: Headers, secretHeaders: readonly string[]): Record<string, string> {
  const secrets = new Set(secretHeaders.map((name) => name.toLowerCase()));
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = secrets.has(name) ? `[masked, ${value.length} characters]` : value;
  });
  return out;
}

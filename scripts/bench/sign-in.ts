// Signs in through Auth.js as a browser does; returns the Cookie header to send.
export async function signIn(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({
      csrfToken,
      email: user.email,
      password: user.password,
      callbackUrl: `${baseUrl}/applications`,
    }),
  });
  keep(callback);
  await callback.body?.cancel();
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`signing in as ${user.email} failed (HTTP ${callback.status}, no session cookie)`);
  return header();
}

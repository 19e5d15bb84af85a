// Requests from another loopback address (127.0.0.2) that also forge X-Forwarded-For, sent
// through the balancer: with TRUST_PROXY_HOPS=1 the app must record 127.0.0.2 (what nginx
// saw), neither nginx's own 127.0.0.1 nor the forged value.
import http from "node:http";

import { signWgfPostback } from "../../lib/providers/wegetfinancing/signature";
import { WGF_CREDENTIALS } from "../../test/provider-requests";

export const CLIENT_ADDRESS = "127.0.0.2";
export const FORGED_ADDRESS = "203.0.113.66";

type Answer = { status: number; cookies: string[]; body: string };

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<Answer>((resolve, reject) => {
    const sent = http.request(
      url,
      {
        method: options.method ?? "GET",
        localAddress: CLIENT_ADDRESS,
        agent: false,
        headers: { "x-forwarded-for": FORGED_ADDRESS, ...options.headers },
        timeout: 30_000,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, cookies: response.headers["set-cookie"] ?? [], body }),
        );
      },
    );
    sent.on("timeout", () => sent.destroy(new Error("timed out")));
    sent.on("error", reject);
    sent.end(options.body);
  });
}

/** A signed WeGetFinancing postback tagged `tag` (x-scale-attempt); answers its HTTP status. */
export async function postbackFromClient(baseUrl: string, tag: string): Promise<number> {
  const body = JSON.stringify({
    version: "1.9",
    request_token: `addr-${tag}`,
    merchant_transaction_id: `ADDR-${tag}`,
    status: "rejected",
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const answer = await request(`${baseUrl}/api/postbacks/wegetfinancing`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-timestamp": timestamp,
      "x-signature": signWgfPostback(body, WGF_CREDENTIALS, timestamp),
      "x-scale-attempt": tag,
    },
    body,
  });
  return answer.status;
}

/** A sign-in with a wrong password (the throttle counts it before checking): answers the callback's status. */
export async function failedSignInFromClient(baseUrl: string, email: string): Promise<number> {
  const csrf = await request(`${baseUrl}/api/auth/csrf`, {});
  const cookie = csrf.cookies.map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: "not the password",
      callbackUrl: `${baseUrl}/`,
    }).toString(),
  });
  return answer.status;
}

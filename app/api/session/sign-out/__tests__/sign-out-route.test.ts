import { describe, expect, it, vi } from "vitest";

import { POST } from "@/app/api/session/sign-out/route";

// Refused before anyone's session is looked at; next-auth itself cannot load under Vitest.
const ended = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => ({ id: "u" }) }));
vi.mock("@/lib/users/end-sessions", () => ({ endSessions: async () => void ended.count++ }));

const signOut = (origin: string) =>
  POST(
    new Request("http://localhost:3000/api/session/sign-out", {
      method: "POST",
      headers: { origin, host: "localhost:3000" },
    }),
  );

describe("POST /api/session/sign-out", () => {
  it("refuses Origin: null with 403 (it used to throw and answer 500)", async () => {
    const response = await signOut("null");
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "Cross-site sign-out refused." });
    expect(ended.count).toBe(0);
  });

  it("refuses another site's origin and an origin that is not a URL", async () => {
    expect((await signOut("http://evil.example")).status).toBe(403);
    expect((await signOut("not a url")).status).toBe(403);
  });
});

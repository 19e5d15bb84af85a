import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { GET } from "@/app/api/auth/[...nextauth]/route";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { endSessions } from "@/lib/users/end-sessions";
import { resetDatabase } from "@/test/reset-database";

// next-auth's ESM build cannot load under Vitest, so Auth.js is stood in for by what its
// session endpoint answers for a token that is validly signed and unexpired: the token's
// user and session version, with a refreshed cookie. The test cookie carries those two.
vi.mock("@/lib/auth/auth", () => ({
  handlers: {
    GET: async (request: NextRequest) => {
      const token = request.cookies.get("test-token")?.value;
      if (!token) return Response.json(null);
      const [id, sessionVersion] = token.split(".");
      return Response.json(
        {
          user: { id, email: "from-token@example.com", sessionVersion: Number(sessionVersion) },
          expires: new Date(Date.now() + 3_600_000).toISOString(),
        },
        { headers: { "set-cookie": "authjs.session-token=refreshed; Path=/; HttpOnly" } },
      );
    },
    POST: async () => new Response(null, { status: 405 }),
  },
  auth: async () => null,
}));

const cli = { id: null, email: "cli:test" };

async function sessionRequest(user: { id: string; sessionVersion: number }) {
  return new NextRequest("http://localhost:3000/api/auth/session", {
    headers: { cookie: `test-token=${user.id}.${user.sessionVersion}` },
  });
}

async function ann() {
  return db().user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
}

beforeEach(async () => {
  await resetDatabase();
  await createUser({ email: "boss@example.com", role: "admin", password: "boss password long" }, cli);
  await createUser({ email: "ann@example.com", role: "finance", password: "correct horse battery" }, cli);
});

describe("GET /api/auth/session", () => {
  it("returns the user for a session that still stands", async () => {
    const response = await GET(await sessionRequest(await ann()));
    expect(response.status).toBe(200);
    expect((await response.json())?.user?.id).toBe((await ann()).id);
    expect(response.headers.get("set-cookie")).toContain("refreshed");
  });

  it("answers as signed out for a disabled user", async () => {
    const request = await sessionRequest(await ann());
    await db().user.update({ where: { email: "ann@example.com" }, data: { disabledAt: new Date() } });
    const response = await GET(request);
    expect(await response.json()).toBeNull();
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("answers as signed out after signing out everywhere (or a password reset: the session version moves)", async () => {
    const user = await ann();
    const request = await sessionRequest(user);
    await endSessions(user.id);
    expect(await (await GET(request)).json()).toBeNull();
  });

  it("answers as signed out for a deleted user and for no cookie at all", async () => {
    const request = await sessionRequest(await ann());
    await db().user.delete({ where: { email: "ann@example.com" } });
    expect(await (await GET(request)).json()).toBeNull();
    expect(await (await GET(new NextRequest("http://localhost:3000/api/auth/session"))).json()).toBeNull();
  });
});

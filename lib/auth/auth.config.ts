// The part of the Auth.js configuration the proxy needs: no database, no providers.
import type { NextAuthConfig } from "next-auth";

import { componentLogger } from "@/lib/log/logger";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/login" },
  // JWT sessions signed with AUTH_SECRET survive restarts and work across instances;
  // every request re-checks the user row (lib/auth/session.ts), so disabling is immediate.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      session.user.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
  logger: {
    // A wrong password is not an error worth a stack trace in the log.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      componentLogger("auth").error({ err: error.message, name: error.name }, "Auth.js error");
    },
    warn() {},
  },
} satisfies NextAuthConfig;

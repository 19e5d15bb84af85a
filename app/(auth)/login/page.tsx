import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { currentUser } from "@/lib/auth/session";

import { LoginForm } from "./login-form";
import { safeCallbackUrl } from "./safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  // Only a session that still maps to an active user skips the form; a stale cookie must reach it.
  if (await currentUser()) redirect(callbackUrl);

  // Auth.js sends people here with ?error=… when something other than this form failed.
  const initialError = first(params.error) ? "Sign-in failed. Try again." : undefined;

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight text-gray-900">
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-md bg-accent-700 text-sm font-bold text-white"
          >
            F
          </span>
          Financing Desk
        </div>
        <div className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-lg font-semibold">Sign in</h1>
          <p className="mb-5 text-sm text-gray-600">Use the email and password an admin gave you.</p>
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        </div>
        <p className="mt-4 text-center text-xs text-gray-600">
          Locked out? An admin can reset your password under Settings → Users, or on the server with{" "}
          <code className="font-mono whitespace-nowrap">npm run user -- reset-password</code>.
        </p>
      </div>
    </main>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

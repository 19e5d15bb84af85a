"use server";

// Sign-in: the one server action not built with defineAction (nobody is signed in yet).
import { AuthError } from "next-auth";

import { signIn } from "@/lib/auth/auth";

import { safeCallbackUrl } from "./safe-callback-url";

export type SignInState = { error?: string; email?: string };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = field(formData, "email").trim();
  const password = field(formData, "password");
  if (!email || !password) return { error: "Enter your email and password.", email };

  const redirectTo = safeCallbackUrl(field(formData, "callbackUrl"));
  try {
    // On success this throws Next's redirect, which must travel up untouched.
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if ((error as { code?: string }).code === "throttled")
      return { error: "Too many failed attempts. Try again in 15 minutes.", email };
    if (error.type === "CredentialsSignin") return { error: "Wrong email or password.", email };
    console.error("[sign-in]", error.type, error.message);
    return { error: "Signing in failed on our side. Try again, or ask an admin to check the server log.", email };
  }
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

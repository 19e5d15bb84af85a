// Which username/password pairs may sign a WGF postback. Server only.
import type { Env } from "@/lib/config/env";

export type WgfCredential = {
  username: string;
  password: string;
  /** Shown in the verification detail; never the secret itself. */
  label: "current" | "previous";
};

type CredentialEnv = Pick<
  Env,
  | "WGF_USERNAME"
  | "WGF_PASSWORD"
  | "WGF_POSTBACK_USERNAME"
  | "WGF_POSTBACK_PASSWORD"
  | "WGF_POSTBACK_USERNAME_PREVIOUS"
  | "WGF_POSTBACK_PASSWORD_PREVIOUS"
>;

/**
 * The accepted pairs, current first. The postback pair falls back to the API pair
 * as a whole (the official plugin signs with the API credentials); a half-set pair
 * is never used, so an unset credential can only mean "nothing verifies".
 */
export function wgfPostbackCredentials(env: CredentialEnv): WgfCredential[] {
  const current =
    pair(env.WGF_POSTBACK_USERNAME, env.WGF_POSTBACK_PASSWORD) ?? pair(env.WGF_USERNAME, env.WGF_PASSWORD);
  const previous = pair(env.WGF_POSTBACK_USERNAME_PREVIOUS, env.WGF_POSTBACK_PASSWORD_PREVIOUS);

  const credentials: WgfCredential[] = [];
  if (current) credentials.push({ ...current, label: "current" });
  if (previous) credentials.push({ ...previous, label: "previous" });
  return credentials;
}

function pair(username: string | undefined, password: string | undefined) {
  if (!username || !password) return undefined;
  return { username, password };
}

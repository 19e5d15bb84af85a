// What the settings page shows about each provider: configured or not, where, and
// which credentials are set. Never the secrets themselves.
import "server-only";

import { env } from "@/lib/config/env";
import { chargeAfterApiBaseUrl } from "@/lib/providers/chargeafter/api-base-url";
import { chargeAfterWebhookSecrets } from "@/lib/providers/chargeafter/authorization";
import { wgfApiBaseUrl } from "@/lib/providers/wegetfinancing/api-config";
import { wgfPostbackCredentials } from "@/lib/providers/wegetfinancing/credentials";

export type CredentialState = { name: string; set: boolean; note?: string };

export type ProviderSettings = {
  provider: "WEGETFINANCING" | "CHARGEAFTER";
  label: string;
  environment: "sandbox" | "production";
  apiBaseUrl: string;
  receivesDeliveries: boolean;
  rotating: boolean;
  /** Why deliveries are refused, when they are. */
  receiverProblem?: string;
  apiProblem?: string;
  credentials: CredentialState[];
  notes: string[];
};

export function getProviderSettings(): ProviderSettings[] {
  const config = env();
  const wgfPairs = wgfPostbackCredentials(config);
  const caSecrets = chargeAfterWebhookSecrets(config);
  const postbackPairSet = Boolean(config.WGF_POSTBACK_USERNAME && config.WGF_POSTBACK_PASSWORD);
  return [
    {
      provider: "WEGETFINANCING",
      label: "WeGetFinancing",
      environment: config.WGF_ENV,
      apiBaseUrl: wgfApiBaseUrl(config),
      receivesDeliveries: wgfPairs.some((p) => p.label === "current"),
      rotating: wgfPairs.some((p) => p.label === "previous"),
      receiverProblem: wgfPairs.length
        ? undefined
        : "No postback credentials: every postback is refused (401). Set WGF_POSTBACK_USERNAME and WGF_POSTBACK_PASSWORD, or the API credentials.",
      apiProblem:
        config.WGF_MERCHANT_ID && config.WGF_USERNAME && config.WGF_PASSWORD
          ? undefined
          : "Financing requests are off until WGF_MERCHANT_ID, WGF_USERNAME and WGF_PASSWORD are set.",
      credentials: [
        { name: "WGF_MERCHANT_ID", set: Boolean(config.WGF_MERCHANT_ID) },
        { name: "WGF_USERNAME / WGF_PASSWORD", set: Boolean(config.WGF_USERNAME && config.WGF_PASSWORD) },
        {
          name: "WGF_POSTBACK_USERNAME / WGF_POSTBACK_PASSWORD",
          set: postbackPairSet,
          note: postbackPairSet ? undefined : "postbacks are checked with the API credentials",
        },
        {
          name: "WGF_POSTBACK_USERNAME_PREVIOUS / _PASSWORD_PREVIOUS",
          set: wgfPairs.some((p) => p.label === "previous"),
          note: "accepted too while rotating",
        },
      ],
      notes: [
        config.WGF_SIGNATURE_TOLERANCE_SECONDS === 0
          ? "Any age is accepted; a postback whose x-timestamp is more than 300 s from our clock is flagged stale-timestamp (set WGF_SIGNATURE_TOLERANCE_SECONDS to refuse older ones)."
          : `A postback whose x-timestamp is more than ${config.WGF_SIGNATURE_TOLERANCE_SECONDS} s from our clock is refused (WGF_SIGNATURE_TOLERANCE_SECONDS).`,
      ],
    },
    {
      provider: "CHARGEAFTER",
      label: "ChargeAfter",
      environment: config.CHARGEAFTER_ENV,
      apiBaseUrl: chargeAfterApiBaseUrl(config),
      receivesDeliveries: caSecrets.length > 0,
      rotating: caSecrets.length > 1,
      receiverProblem: caSecrets.length
        ? undefined
        : "CHARGEAFTER_WEBHOOK_AUTHORIZATION is not set: every webhook is refused (401).",
      apiProblem: config.CHARGEAFTER_PRIVATE_KEY
        ? undefined
        : "Funding sync and “Refresh from ChargeAfter” are off until CHARGEAFTER_PRIVATE_KEY is set.",
      credentials: [
        {
          name: "CHARGEAFTER_WEBHOOK_AUTHORIZATION",
          set: Boolean(config.CHARGEAFTER_WEBHOOK_AUTHORIZATION),
          note: "enter the same value as the Authorization header in ChargeAfter's portal",
        },
        {
          name: "CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS",
          set: Boolean(config.CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS),
          note: "accepted too while rotating",
        },
        { name: "CHARGEAFTER_PRIVATE_KEY", set: Boolean(config.CHARGEAFTER_PRIVATE_KEY) },
      ],
      notes: [],
    },
  ];
}

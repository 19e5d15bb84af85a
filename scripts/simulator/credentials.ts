// The credentials the simulator and the dashboard share. Both read the same environment
// variables (README "Configuration"), so one set of variables configures both; flags override them;
// the defaults are the demo's.
export type SimulatorCredentials = {
  wgf: { merchantId: string; username: string; password: string; postbackUsername: string; postbackPassword: string };
  ca: { privateKey: string; webhookAuthorization: string };
};

export const DEMO_CREDENTIALS: SimulatorCredentials = {
  wgf: {
    merchantId: "demo-merchant-1001",
    username: "demo_wgf_api",
    password: "demo-wgf-api-password",
    postbackUsername: "demo_wgf_api",
    postbackPassword: "demo-wgf-api-password",
  },
  ca: {
    privateKey: "demo-ca-private-key-0123456789",
    webhookAuthorization: "Bearer demo-ca-webhook-secret-0123456789",
  },
};

type Overrides = Partial<
  Record<
    | "wgf-merchant-id"
    | "wgf-username"
    | "wgf-password"
    | "wgf-postback-username"
    | "wgf-postback-password"
    | "ca-private-key"
    | "ca-authorization",
    string
  >
>;

/** Flags first, then the dashboard's environment variables, then the demo defaults. */
export function resolveCredentials(
  flags: Overrides,
  environment: NodeJS.ProcessEnv = process.env,
): SimulatorCredentials {
  const d = DEMO_CREDENTIALS;
  const username = flags["wgf-username"] ?? environment.WGF_USERNAME ?? d.wgf.username;
  const password = flags["wgf-password"] ?? environment.WGF_PASSWORD ?? d.wgf.password;
  return {
    wgf: {
      merchantId: flags["wgf-merchant-id"] ?? environment.WGF_MERCHANT_ID ?? d.wgf.merchantId,
      username,
      password,
      // Like the dashboard: the postback pair defaults to the API credentials.
      postbackUsername: flags["wgf-postback-username"] ?? environment.WGF_POSTBACK_USERNAME ?? username,
      postbackPassword: flags["wgf-postback-password"] ?? environment.WGF_POSTBACK_PASSWORD ?? password,
    },
    ca: {
      privateKey: flags["ca-private-key"] ?? environment.CHARGEAFTER_PRIVATE_KEY ?? d.ca.privateKey,
      webhookAuthorization:
        flags["ca-authorization"] ?? environment.CHARGEAFTER_WEBHOOK_AUTHORIZATION ?? d.ca.webhookAuthorization,
    },
  };
}

/** The dashboard's environment for these credentials, APIs at `apiBaseUrl` (the simulator). */
export function dashboardEnv(credentials: SimulatorCredentials, apiBaseUrl: string): Record<string, string> {
  return {
    WGF_MERCHANT_ID: credentials.wgf.merchantId,
    WGF_USERNAME: credentials.wgf.username,
    WGF_PASSWORD: credentials.wgf.password,
    WGF_POSTBACK_USERNAME: credentials.wgf.postbackUsername,
    WGF_POSTBACK_PASSWORD: credentials.wgf.postbackPassword,
    WGF_API_BASE_URL: apiBaseUrl,
    CHARGEAFTER_API_BASE_URL: apiBaseUrl,
    CHARGEAFTER_PRIVATE_KEY: credentials.ca.privateKey,
    CHARGEAFTER_WEBHOOK_AUTHORIZATION: credentials.ca.webhookAuthorization,
  };
}

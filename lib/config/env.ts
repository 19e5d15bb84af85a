// Environment variables of CONTRACT.md, parsed once with zod. Server only.
import cronParser from "cron-parser";
import { z } from "zod";

const optional = z.string().trim().min(1).optional().catch(undefined);

/** A whole number in [min, max]; unset or blank means the default. The error says the bounds and what was given. */
function wholeNumber(min: number, max: number, fallback: number) {
  const error = (issue: { input?: unknown }) =>
    `must be a whole number from ${min} to ${max} (unset means ${fallback}), not ${JSON.stringify(String(issue.input))}`;
  return z
    .string({ error })
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, { error })
        .transform(Number)
        .pipe(z.number().min(min, { error }).max(max, { error }))
        .default(fallback),
    );
}

export const envSchema = z.object({
  DATABASE_URL: optional,
  DATA_DIR: z.string().trim().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: optional,
  ADMIN_EMAIL: optional,
  ADMIN_PASSWORD: optional,
  PUBLIC_BASE_URL: z.url().optional().catch(undefined),
  APP_TIMEZONE: z
    .string()
    .default("UTC")
    .refine((zone) => isValidTimeZone(zone), { message: "not an IANA time zone such as Europe/Berlin" }),
  WGF_ENV: z.enum(["sandbox", "production"]).default("sandbox"),
  WGF_API_BASE_URL: z.url().optional(),
  WGF_MERCHANT_ID: optional,
  WGF_USERNAME: optional,
  WGF_PASSWORD: optional,
  WGF_POSTBACK_USERNAME: optional,
  WGF_POSTBACK_PASSWORD: optional,
  WGF_POSTBACK_USERNAME_PREVIOUS: optional,
  WGF_POSTBACK_PASSWORD_PREVIOUS: optional,
  // 0: accept a correctly signed postback of any age (flagged stale-timestamp); above 0: refuse older.
  WGF_SIGNATURE_TOLERANCE_SECONDS: z.coerce.number().int().min(0).default(0),
  CHARGEAFTER_ENV: z.enum(["sandbox", "production"]).default("sandbox"),
  CHARGEAFTER_API_BASE_URL: z.url().optional(),
  CHARGEAFTER_PRIVATE_KEY: optional,
  CHARGEAFTER_WEBHOOK_AUTHORIZATION: optional,
  CHARGEAFTER_WEBHOOK_AUTHORIZATION_PREVIOUS: optional,
  // How many reverse proxies of ours append to X-Forwarded-For (lib/server/forwarded.ts).
  TRUST_PROXY_HOPS: wholeNumber(0, 20, 0),
  // The general pool: pages, actions, exports, syncs and imports, the delivery applier.
  DATABASE_POOL_SIZE: wholeNumber(1, 500, 20),
  DATABASE_CONNECT_TIMEOUT_MS: wholeNumber(100, 600_000, 10_000),
  // The receivers' own pool: storing deliveries never waits behind an export.
  RECEIVER_POOL_SIZE: wholeNumber(1, 100, 5),
  RECEIVER_CONNECT_TIMEOUT_MS: wholeNumber(100, 600_000, 5_000),
  // Outbound events: the waits before each retry (lib/events/retry-schedule.ts reads it).
  EVENT_RETRY_SCHEDULE: z
    .string()
    .trim()
    .regex(/^\d+(ms|s|m|h|d)(\s*,\s*\d+(ms|s|m|h|d))*$/, { message: "waits such as 5s,5m,30m,2h (ms, s, m, h, d)" })
    .default("5s,5m,30m,2h,5h,10h,10h"),
  // The job queue's own connections (lib/jobs).
  JOBS_POOL_SIZE: wholeNumber(1, 100, 4),
  // Running unattended (lib/jobs): a cron expression in APP_TIMEZONE, or "off".
  FUNDING_SYNC_SCHEDULE: z
    .string()
    .trim()
    .default("0 6 * * *")
    .refine((value) => value === "off" || isCronExpression(value), {
      message: 'a cron expression such as "0 6 * * *" (minute hour day month weekday), or "off"',
    }),
  FUNDING_SYNC_DAYS: wholeNumber(1, 366, 45),
  // Alerts: unset channels send nothing (Settings says which are configured).
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/\S+$/, { message: "an address such as smtp://user:pass@host:587 (smtp:// or smtps://)" })
    .optional(),
  ALERT_EMAILS: z
    .string()
    .trim()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(",")
            .map((address) => address.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.email({ message: "comma-separated e-mail addresses" })).max(50)),
  ALERT_WEBHOOK_URL: z
    .url({ protocol: /^https?$/, message: "an http(s) URL of a Slack-compatible incoming webhook" })
    .optional(),
  // Raw bodies of deliveries older than this many days are purged; unset keeps them.
  RETENTION_DAYS: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, { message: "must be a whole number of days from 1 to 36500, or unset to keep bodies" })
        .transform(Number)
        .pipe(z.number().min(1).max(36_500, { message: "must be a whole number of days from 1 to 36500" }))
        .optional(),
    ),
  // The address the server binds.
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Bearer token for GET /api/metrics; unset: served to loopback only. Blank means unset.
  METRICS_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(16).max(200).optional()),
  // Who applies stored deliveries: this process (tests, dev) or the applier process npm start runs.
  APPLIER: z.enum(["in-process", "separate"]).default("in-process"),
});

export type Env = z.infer<typeof envSchema>;

function isCronExpression(expression: string): boolean {
  if (expression.split(/\s+/).length !== 5) return false;
  try {
    cronParser.parseExpression(expression);
    return true;
  } catch {
    return false;
  }
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let cached: Env | undefined;

/** The parsed environment; throws one readable message listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

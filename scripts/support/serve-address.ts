// Where a serving command binds (HOST, PORT) and the URL a person opens or a poll reaches.
import { isIP } from "node:net";

import { envSchema } from "../../lib/config/env";

export type ServeAddress = {
  /** What the server binds: HOST as given. */
  host: string;
  port: number;
  /** The URL to print: localhost when every interface is bound. */
  url: string;
  /** The name a client on this machine reaches it by: 127.0.0.1 when every interface is bound. */
  localHost: string;
  /** The URL a health poll on this machine reaches. */
  probeUrl: string;
};

const WILDCARDS = new Set(["0.0.0.0", "::"]);

const urlHost = (host: string) => (isIP(host) === 6 ? `[${host}]` : host);

export function serveAddress(config: { HOST: string; PORT: number }): ServeAddress {
  const host = config.HOST.trim().replace(/^\[(.*)\]$/, "$1"); // [::1] binds as ::1
  const port = config.PORT;
  const wildcard = WILDCARDS.has(host);
  const localHost = wildcard ? "127.0.0.1" : host;
  return {
    host,
    port,
    url: `http://${wildcard ? "localhost" : urlHost(host)}:${port}`,
    localHost,
    probeUrl: `http://${urlHost(localHost)}:${port}`,
  };
}

/** HOST and PORT as `npm start` reads them (the env schema's rules), without the rest of the environment. */
export function serveAddressFromEnv(environment: Record<string, string | undefined> = process.env): ServeAddress {
  const parsed = envSchema.pick({ HOST: true, PORT: true }).safeParse(environment);
  if (!parsed.success)
    throw new Error(
      `Invalid configuration:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`,
    );
  return serveAddress(parsed.data);
}

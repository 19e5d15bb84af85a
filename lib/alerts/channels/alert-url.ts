// Messages leave the desk, so their links are absolute: PUBLIC_BASE_URL, else this server's port.
import { env } from "@/lib/config/env";

export function alertUrl(path: string): string {
  const base = env().PUBLIC_BASE_URL?.replace(/\/+$/, "") ?? `http://localhost:${env().PORT}`;
  return `${base}${path}`;
}

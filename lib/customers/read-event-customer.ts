// The customer a webhook names, if any. Neither provider documents customer fields on its
// events, but integrations do send some (ChargeAfter's consumer / checkout events, form
// postbacks with the shop's fields): read loosely, never a reason to refuse an event.
import type { Provider } from "@/lib/db/generated/enums";

import type { CustomerSource } from "./customer-sources";

export type ReadCustomer = { source: CustomerSource; firstName?: string; lastName?: string; email?: string };

const KEYS = {
  firstName: ["firstName", "first_name", "customerFirstName", "consumerFirstName"],
  lastName: ["lastName", "last_name", "customerLastName", "consumerLastName"],
  email: ["email", "customerEmail", "consumerEmail", "email_address"],
} as const;
const NESTED = ["consumer", "customer", "personalDetails", "billing"];

function text(value: unknown): string | undefined {
  return typeof value === "string" && /\S/.test(value) && value.length <= 200 ? value.trim() : undefined;
}

function pick(data: Record<string, unknown>): Omit<ReadCustomer, "source"> {
  const found: Omit<ReadCustomer, "source"> = {};
  for (const [field, keys] of Object.entries(KEYS) as [keyof typeof KEYS, readonly string[]][]) {
    const value = keys.map((key) => text(data[key])).find(Boolean);
    if (value) found[field] = value;
  }
  return found;
}

export function readEventCustomer(provider: Provider, data: Record<string, unknown>): ReadCustomer | undefined {
  const found = pick(data);
  for (const key of NESTED) {
    const nested = data[key];
    if (nested && typeof nested === "object" && !Array.isArray(nested)) {
      const inner = pick(nested as Record<string, unknown>);
      for (const [field, value] of Object.entries(inner)) found[field as keyof typeof inner] ??= value;
    }
  }
  if (found.email && !found.email.includes("@")) delete found.email;
  if (!found.firstName && !found.lastName && !found.email) return undefined;
  return { source: provider === "CHARGEAFTER" ? "chargeafter-event" : "wgf-postback", ...found };
}

// Event endpoints for tests, stored as the endpoint command stores them.
import { randomBytes } from "node:crypto";

import { db } from "@/lib/db/client";

export function testSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function makeEndpoint(url: string, fields: { eventTypes?: string[]; disabledAt?: Date; secret?: string } = {}) {
  return db().eventEndpoint.create({
    data: { url, secret: fields.secret ?? testSecret(), createdByEmail: "test", ...fields },
  });
}

/** The events written, oldest first, with their deliveries' endpoint urls. */
export async function writtenEvents() {
  const events = await db().outboundEvent.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { deliveries: { select: { endpoint: { select: { url: true } } } } },
  });
  return events.map((e) => ({ ...e, urls: e.deliveries.map((d) => d.endpoint.url).sort() }));
}

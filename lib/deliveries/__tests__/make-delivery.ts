// Creates a stored delivery directly, with sensible defaults, for the log's tests.
import { randomUUID } from "node:crypto";

import { db, type Prisma } from "@/lib/db/client";

export async function makeDelivery(fields: Partial<Prisma.DeliveryUncheckedCreateInput> = {}) {
  const body =
    fields.rawBody ??
    new Uint8Array(
      Buffer.from(JSON.stringify({ eventType: "application.created", applicationId: `app_${randomUUID()}` })),
    );
  return db().delivery.create({
    data: {
      provider: "CHARGEAFTER",
      endpoint: "/api/webhooks/chargeafter",
      receivedAt: new Date("2026-11-02T15:00:00Z"),
      contentType: "application/json",
      headers: { "content-type": "application/json", authorization: "***" },
      bodyBytes: body.byteLength,
      eventType: "application.created",
      verification: "VERIFIED",
      responseStatus: 200,
      processing: "APPLIED",
      searchIds: [],
      ...fields,
      rawBody: body,
    },
    select: { id: true, receivedAt: true },
  });
}

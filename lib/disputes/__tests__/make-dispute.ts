// Creates disputes (and what they point at) directly, with sensible defaults, for the dispute tests.
import { randomUUID } from "node:crypto";

import { db, type Prisma } from "@/lib/db/client";

export async function makeApplication(fields: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) {
  return db().application.create({
    data: {
      provider: "CHARGEAFTER",
      externalId: `app_${randomUUID()}`,
      status: "APPROVED",
      lastEventAt: new Date("2026-11-01T00:00:00Z"),
      ...fields,
    },
    select: { id: true, externalId: true },
  });
}

export async function makeDispute(fields: Partial<Prisma.DisputeUncheckedCreateInput> = {}) {
  const openedAt = fields.openedAt ?? new Date("2026-11-02T15:00:00Z");
  return db().dispute.create({
    data: {
      provider: "CHARGEAFTER",
      externalId: `dsp_${randomUUID()}`,
      status: "OPEN",
      openedAt,
      lastEventAt: openedAt,
      ...fields,
    },
    select: { id: true, externalId: true, openedAt: true },
  });
}

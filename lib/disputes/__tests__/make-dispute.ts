// Creates disputes (and what they point at) directly, with sensible defaults, for the dispute tests.
import { randomUUID } from "node:crypto";

import { makeApplication as makeApplicationWith } from "@/lib/applications/__tests__/make-application";
import { db, type Prisma } from "@/lib/db/client";

/** An application a dispute can point at: approved, last changed before the dispute opened. */
export function makeApplication(fields: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) {
  return makeApplicationWith({ status: "APPROVED", lastEventAt: new Date("2026-11-01T00:00:00Z"), ...fields });
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

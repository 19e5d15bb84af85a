// Creates an application directly, with sensible defaults, for the list's and page's tests.
import { randomUUID } from "node:crypto";

import { db, type Prisma } from "@/lib/db/client";

export async function makeApplication(fields: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) {
  return db().application.create({
    data: {
      provider: "CHARGEAFTER",
      externalId: `app_${randomUUID()}`,
      status: "CREATED",
      lastEventAt: new Date("2026-11-02T15:00:00Z"),
      createdAt: new Date("2026-11-01T15:00:00Z"),
      ...fields,
    },
    select: { id: true, externalId: true, status: true, lastEventAt: true, createdAt: true },
  });
}

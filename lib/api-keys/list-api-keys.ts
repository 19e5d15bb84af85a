import { db } from "@/lib/db/client";

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

/** Every key that stands (revoked keys are gone), by name; never the key or its hash. */
export function listApiKeys() {
  return db().apiKey.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      createdByEmail: true,
      createdAt: true,
      lastUsedAt: true,
    },
  });
}

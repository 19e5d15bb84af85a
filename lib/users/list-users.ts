import { db } from "@/lib/db/client";

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export function listUsers() {
  return db().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, lastSignInAt: true, createdAt: true },
  });
}

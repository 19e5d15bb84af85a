// A by-id lookup for an id that comes from a URL or a form: a value the schema refuses is
// "not found" without a query. Our ids are UUID columns, so the lookup gets them lowercased.
import type { z } from "zod";

export async function findByValidId<T>(
  schema: z.ZodType<string>,
  raw: string,
  lookup: (id: string) => Promise<T | null>,
): Promise<T | null> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return null;
  return lookup(parsed.data.toLowerCase());
}

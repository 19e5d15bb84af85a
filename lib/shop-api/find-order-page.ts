// GET /api/v1/orders: keyset pages in the order of the last change, oldest first, so a shop
// can follow every order by polling with the page's next_cursor (or updated_after).
import "server-only";

import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";
import { OrderStatus } from "@/lib/db/generated/enums";
import { decodeCursor, encodeCursor, keysetWhere } from "@/lib/pagination/keyset";
import { MAX_DAY, MIN_DAY } from "@/lib/search-params/limits";

import { lowerEnum } from "./api-values";
import { orderResourceSchema, orderResourceSelect, toOrderResource } from "./order-resource";
import { invalidRequest, ProblemError } from "./problem";

export const ORDER_PAGE_MAX = 200;
const ORDER_PAGE_DEFAULT = 50;

const ISO_TIME = z.iso.datetime({ offset: true });

const boundedText = z
  .string()
  .max(200, { error: "Use at most 200 characters." })
  .refine((v) => !v.includes("\0"), { error: "Remove the NUL character (%00)." });

export const orderPageQuerySchema = z.object({
  status: lowerEnum(OrderStatus)
    .optional()
    .meta({ description: "Only orders in this status.", param: { description: "open, cancelled or on_hold." } }),
  updated_after: boundedText
    .refine((t) => ISO_TIME.safeParse(t).success, {
      error: "Give an ISO 8601 time with its offset, e.g. 2026-12-01T00:00:00Z.",
      abort: true,
    })
    .refine((t) => t.slice(0, 10) >= MIN_DAY && t.slice(0, 10) <= MAX_DAY, {
      error: `Give a time from ${MIN_DAY} to ${MAX_DAY}.`,
    })
    .optional()
    .meta({
      description: "Only orders changed after this time.",
      format: "date-time",
      example: "2026-12-01T00:00:00Z",
    }),
  cursor: boundedText.optional().meta({ description: "The next_cursor of the page before." }),
  limit: boundedText
    .regex(/^\d+$/, { error: `Give a whole number from 1 to ${ORDER_PAGE_MAX}.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: `Give a whole number from 1 to ${ORDER_PAGE_MAX}.` })
        .max(ORDER_PAGE_MAX, { error: `Give a whole number from 1 to ${ORDER_PAGE_MAX}.` }),
    )
    .optional()
    .meta({ description: `Orders per page, 1 to ${ORDER_PAGE_MAX} (default ${ORDER_PAGE_DEFAULT}).`, example: "50" }),
});

export const orderPageSchema = z
  .object({
    data: z.array(orderResourceSchema),
    next_cursor: z.string().nullable().meta({
      description:
        "Pass as cursor for the next page; null on the last page (poll again later with the last one you had).",
    }),
  })
  .meta({ id: "OrderPage" });

export async function findOrderPage(params: URLSearchParams): Promise<z.infer<typeof orderPageSchema>> {
  const parsed = orderPageQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw invalidRequest(parsed.error, "Some query parameters are not valid; see errors.");
  const { status, updated_after, cursor: cursorText, limit = ORDER_PAGE_DEFAULT } = parsed.data;
  const cursor = cursorText === undefined ? null : decodeCursor(cursorText);
  if (cursorText !== undefined && cursor?.direction !== "newer")
    throw new ProblemError(400, "invalid-request", "The cursor is not one this list gave.", [
      { path: "cursor", message: "Not a cursor of this list: pass next_cursor exactly as it came." },
    ]);
  const where: Prisma.OrderWhereInput[] = [];
  if (status) where.push({ status: status.toUpperCase() as OrderStatus });
  if (updated_after) where.push({ updatedAt: { gt: new Date(updated_after) } });
  const rows = await db().order.findMany({
    where: { AND: [...where, keysetWhere(cursor, "updatedAt", "id")] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: orderResourceSelect,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(toOrderResource),
    next_cursor:
      rows.length > limit && last ? encodeCursor({ at: last.updatedAt, id: last.id, direction: "newer" }) : null,
  };
}

// Shared by the lists' tests: walking a keyset list both ways.
import { expect } from "vitest";

import { decodeCursor, type Cursor, type Page } from "@/lib/pagination/keyset";

/**
 * Walks every page older from the first (`sizes` rows each), then back newer from the last
 * page: every row once, in `expected` order, and the way back gives the same pages. Needs
 * at least three pages.
 */
async function expectKeysetWalk(
  find: (cursor: Cursor | null) => Promise<Page<{ id: string }>>,
  expected: string[],
  sizes: number[],
): Promise<void> {
  const pages: string[][] = [];
  const newer: (string | null)[] = [];
  let cursor: Cursor | null = null;
  for (;;) {
    const page = await find(cursor);
    pages.push(page.rows.map((r) => r.id));
    newer.push(page.newer);
    if (!page.older) break;
    cursor = decodeCursor(page.older);
  }
  expect(pages.map((p) => p.length)).toEqual(sizes);
  expect(pages.flat()).toEqual(expected);
  expect(newer[0]).toBeNull();

  // Back from the last page: the middle page, then the first.
  const middle = await find(decodeCursor(newer[2]!));
  expect(middle.rows.map((r) => r.id)).toEqual(pages[1]);
  const first = await find(decodeCursor(middle.newer!));
  expect(first.rows.map((r) => r.id)).toEqual(pages[0]);
  expect(first.newer).toBeNull();
}

/** The ids of `rows` in a keyset list's order: newest first by `at`, ties by id descending. */
function newestFirst<R extends { id: string }>(rows: R[], at: (row: R) => Date): string[] {
  return [...rows].sort((x, y) => at(y).getTime() - at(x).getTime() || (y.id < x.id ? -1 : 1)).map((r) => r.id);
}

type ListReader<F> = (input: {
  filters: F;
  cursor: Cursor | null;
  timeZone: string;
  pageSize: number;
}) => Promise<Page<{ id: string }>>;

/**
 * Walks a list's reader with `filters`, in UTC, five rows a page (see expectKeysetWalk):
 * `rows` come back newest first by `at`, ties by id descending.
 */
export async function expectListWalk<F, R extends { id: string }>(
  find: ListReader<F>,
  filters: F,
  rows: R[],
  at: (row: R) => Date,
  sizes: number[],
): Promise<void> {
  await expectKeysetWalk(
    (cursor) => find({ filters, cursor, timeZone: "UTC", pageSize: 5 }),
    newestFirst(rows, at),
    sizes,
  );
}

/**
 * `count` rows made one after another, `perInstant` of them sharing each minute from
 * 2 Nov 2026 15:00 UTC on: the ties a keyset walk must page through.
 */
export async function makeTiedRows<R>(
  count: number,
  perInstant: number,
  make: (at: Date, index: number) => Promise<R>,
): Promise<R[]> {
  const rows: R[] = [];
  for (let i = 0; i < count; i++)
    rows.push(await make(new Date(Date.UTC(2026, 10, 2, 15, Math.floor(i / perInstant))), i));
  return rows;
}

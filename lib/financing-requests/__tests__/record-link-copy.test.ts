// The first copy of a customer's link is kept; later copies, and requests without a link, change nothing.
import { beforeEach, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { getFinancingRequest } from "@/lib/financing-requests/get-financing-request";
import { recordLinkCopy } from "@/lib/financing-requests/record-link-copy";
import { insertPendingCart } from "@/test/pending-cart";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

it("keeps the first copy's time only", async () => {
  const cart = await insertPendingCart("ORDER-C", "tok_c");
  await db().pendingCart.update({ where: { id: cart.id }, data: { financingUrl: "https://wgf.test/checkout" } });
  const first = new Date("2026-12-03T10:00:00Z");
  expect(await recordLinkCopy({ id: cart.id }, first)).toBe(true);
  expect(await recordLinkCopy({ id: cart.id }, new Date("2026-12-03T11:00:00Z"))).toBe(false);
  expect((await getFinancingRequest(cart.id))?.linkCopiedAt).toEqual(first);
});

it("records nothing for a request without a link, and refuses an id that is not one", async () => {
  const cart = await insertPendingCart("ORDER-N");
  expect(await recordLinkCopy({ id: cart.id })).toBe(false);
  await expect(recordLinkCopy({ id: "nope" })).rejects.toThrow("The financing request id is not valid.");
});

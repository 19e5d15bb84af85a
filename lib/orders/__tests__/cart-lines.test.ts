import { expect, it } from "vitest";

import { cartLines } from "@/lib/orders/cart-lines";

it("reads the desk's and the older spelling of cart items, and keeps an unreadable line as empty", () => {
  expect(
    cartLines([
      { sku: "S1", displayName: "Sofa", unitPrice: "450.00", quantity: 1, unitTax: "36.00" },
      { sku: "S2", display_name: "Lamp", unit_price: 20, quantity: "2" },
      "junk",
    ]),
  ).toEqual([
    { sku: "S1", name: "Sofa", unitPrice: "450.00", quantity: 1, unitTax: "36.00" },
    { sku: "S2", name: "Lamp", unitPrice: "20", quantity: 2, unitTax: null },
    { sku: null, name: null, unitPrice: null, quantity: null, unitTax: null },
  ]);
  expect(cartLines(null)).toEqual([]);
});

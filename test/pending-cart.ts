// A pending cart as the merchant's financing request saves it, for tests of approvals.
import { db } from "@/lib/db/client";

/** By default a 499.00 cart: 450.00 + 30.00 shipping + 19.00 tax; `price` alone makes a cart of that item only. */
export function insertPendingCart(merchantTransactionId: string, requestToken?: string, price?: string) {
  const [amount, shippingAmount, taxAmount] = price ? [price, undefined, undefined] : ["450.00", "30.00", "19.00"];
  return db().pendingCart.create({
    data: {
      provider: "WEGETFINANCING",
      merchantTransactionId,
      requestToken,
      customerFirstName: "Ada",
      customerLastName: "Lovelace",
      customerEmail: "ada@example.com",
      items: [{ sku: "SOFA-1", display_name: "Sofa", unit_price: price ?? "450.00", quantity: 1 }],
      amount,
      shippingAmount,
      taxAmount,
    },
  });
}

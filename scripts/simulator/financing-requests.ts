// Phone and in-store sales for the demo: the inputs staff would type into "New financing
// request", so WeGetFinancing approvals have pending carts to promote to orders.
import type { FinancingRequestInput } from "../../lib/financing-requests/financing-request-schema";
import { cart, centsText, customer } from "./people";
import { createRandom, deriveSeed } from "./random";

export function financingRequestInputs(count: number, seed: number): FinancingRequestInput[] {
  const random = createRandom(deriveSeed(seed, "financing-requests"));
  return Array.from({ length: count }, (_, i) => {
    const person = customer(random);
    const basket = cart(random);
    return {
      merchantTransactionId: `POS-${seed}-${String(i + 1).padStart(4, "0")}`,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      billing: { street1: person.street1, city: person.city, state: person.state, zipcode: person.zipcode },
      items: basket.items.map((item) => ({
        sku: item.sku,
        displayName: item.displayName,
        unitPrice: centsText(item.unitCents),
        quantity: item.quantity,
        unitTax: centsText(item.unitTaxCents),
        category: item.category,
      })),
      shippingAmount: centsText(basket.shippingCents),
    };
  });
}

// The form's running total, honest about what it cannot read: a price that is not an amount
// (or a quantity that is not a whole number) gives no total and says which line to check,
// never a sum that leaves it out. An empty tax or shipping counts as 0.00, as the server reads it.
import Decimal from "decimal.js";

import { hasAtMostCents, UNSIGNED_DECIMAL } from "@/lib/providers/shared/exact-money";

export type TypedLine = { unitPrice: string; quantity: string; unitTax: string };
export type LiveTotal = { total: Decimal; problems: [] } | { total: null; problems: string[] };

function readAmount(text: string, { emptyIsZero }: { emptyIsZero: boolean }): Decimal | "empty" | "unreadable" {
  const value = text.trim();
  if (!value) return emptyIsZero ? new Decimal(0) : "empty";
  return UNSIGNED_DECIMAL.test(value) && hasAtMostCents(value) ? new Decimal(value) : "unreadable";
}

export function liveTotal(lines: readonly TypedLine[], shipping: string): LiveTotal {
  const problems: string[] = [];
  let total = new Decimal(0);
  lines.forEach((line, index) => {
    const where = lines.length > 1 ? ` on line ${index + 1}` : "";
    const price = readAmount(line.unitPrice, { emptyIsZero: false });
    const tax = readAmount(line.unitTax, { emptyIsZero: true });
    const quantity = line.quantity.trim();
    if (price === "empty") problems.push(`Enter the unit price${where}.`);
    if (price === "unreadable") problems.push(`Check the unit price${where}: an amount like 499.00.`);
    if (tax === "unreadable") problems.push(`Check the tax per unit${where}: an amount like 36.00.`);
    if (!/^\d+$/.test(quantity) || Number(quantity) < 1) problems.push(`Check the quantity${where}: a whole number.`);
    if (price instanceof Decimal && tax instanceof Decimal && /^\d+$/.test(quantity))
      total = total.plus(price.plus(tax).times(quantity));
  });
  const shippingAmount = readAmount(shipping, { emptyIsZero: true });
  if (shippingAmount === "unreadable") problems.push("Check the shipping: an amount like 13.00.");
  else if (shippingAmount instanceof Decimal) total = total.plus(shippingAmount);
  return problems.length ? { total: null, problems } : { total, problems: [] };
}

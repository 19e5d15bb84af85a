// A cart's items as stored (the desk's form: displayName, unitPrice…; older carts and the
// simulator: display_name, unit_price…), read into one shape for display. Money stays text.
import { z } from "zod";

const text = z.union([z.string(), z.number()]).transform(String);

const line = z
  .object({
    sku: text.optional(),
    displayName: text.optional(),
    display_name: text.optional(),
    unitPrice: text.optional(),
    unit_price: text.optional(),
    quantity: z.coerce.number().optional(),
    unitTax: text.optional(),
    unit_tax: text.optional(),
  })
  .transform((item) => ({
    sku: item.sku ?? null,
    name: item.displayName ?? item.display_name ?? null,
    unitPrice: item.unitPrice ?? item.unit_price ?? null,
    quantity: item.quantity ?? null,
    unitTax: item.unitTax ?? item.unit_tax ?? null,
  }));

export type CartLine = z.output<typeof line>;

/** The lines that read; an unreadable one shows as an empty line rather than hiding the rest. */
export function cartLines(items: unknown): CartLine[] {
  if (!Array.isArray(items)) return [];
  return items.map(
    (item) => line.safeParse(item).data ?? { sku: null, name: null, unitPrice: null, quantity: null, unitTax: null },
  );
}

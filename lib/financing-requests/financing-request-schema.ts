// What staff enter for a phone or in-store sale. Money stays a decimal string.
import { z } from "zod";

const money = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, { error: `${label[0]!.toUpperCase()}${label.slice(1)} must be an amount like 499.00.` });

const text = (label: string, max = 200) => z.string({ error: `Enter ${label}.` }).trim().min(1, { error: `Enter ${label}.` }).max(max);

export const addressSchema = z.object({
  street1: text("the street"),
  city: text("the city", 100),
  state: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "Use the two-letter state code, e.g. NY." }),
  zipcode: z.string().trim().regex(/^\d{5}(-\d{4})?$/, { error: "Use a ZIP code like 10001 or 10001-1234." }),
});

export const cartItemSchema = z.object({
  sku: text("the SKU", 100),
  displayName: text("the item name"),
  unitPrice: money("the unit price"),
  quantity: z.coerce.number({ error: "Enter a quantity." }).int({ error: "Quantity must be a whole number." }).min(1, { error: "Quantity must be at least 1." }).max(999),
  unitTax: money("the tax per unit").default("0.00"),
  category: z.string().trim().max(100).optional(),
});

export const financingRequestSchema = z.object({
  merchantTransactionId: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9._:-]*$/, { error: "Use letters, digits and . _ : - only." })
    .optional()
    .transform((v) => v || undefined),
  firstName: text("the first name", 100),
  lastName: text("the last name", 100),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address." })),
  phone: z
    .string()
    .trim()
    .transform((v) => v.replace(/[^\d]/g, ""))
    .refine((v) => v === "" || /^\d{10}$/.test(v), { error: "Use a 10-digit US phone number." })
    .optional()
    .transform((v) => v || undefined),
  billing: addressSchema,
  shipping: addressSchema.optional(),
  items: z.array(cartItemSchema).min(1, { error: "Add at least one item." }).max(50),
  shippingAmount: money("the shipping amount").default("0.00"),
});

export type FinancingRequestInput = z.input<typeof financingRequestSchema>;
export type FinancingRequest = z.output<typeof financingRequestSchema>;

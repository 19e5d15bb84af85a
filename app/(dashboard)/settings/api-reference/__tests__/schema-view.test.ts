import { describe, expect, it } from "vitest";

import { financingRequestBodySchema } from "@/lib/shop-api/financing-request-body";
import { shopApiDocument } from "@/lib/shop-api/openapi-document";

import { exampleOf, fieldsOf, typeOf, type Schemas } from "../_sections/schema-view";

const schemas = shopApiDocument().components!.schemas as Schemas;

describe("the API reference's reading of the document", () => {
  it("lists the body's fields, nested ones with dotted paths, and which are required", () => {
    const fields = fieldsOf(schemas.FinancingRequestBody!, schemas);
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f]));
    expect(byPath.merchant_transaction_id).toMatchObject({ required: true, type: "string" });
    expect(byPath.phone).toMatchObject({ required: false });
    expect(byPath["cart_items[].unit_price"]).toMatchObject({ required: true, example: "449.50" });
    expect(byPath["billing_address.zipcode"]).toBeDefined();
  });

  it("shows an example body the route itself accepts", () => {
    const example = exampleOf(schemas.FinancingRequestBody!, schemas);
    expect(financingRequestBodySchema.safeParse(example).success).toBe(true);
  });

  it("names types in words: references, nullable values and lists", () => {
    const order = fieldsOf(schemas.FinancingRequest!, schemas).find((f) => f.path === "order")!;
    expect(order.type).toBe("Order | null");
    expect(typeOf({ type: "array", items: { type: "string" } })).toBe("string[]");
  });
});

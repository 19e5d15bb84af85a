import { describe, expect, it } from "vitest";

import { financingRequestSchema } from "@/lib/financing-requests/financing-request-schema";
import { unflattenForm } from "@/lib/financing-requests/unflatten-form";

describe("unflattenForm", () => {
  it("builds nested objects and arrays from field paths, skipping empties and React's $ACTION fields", () => {
    expect(
      unflattenForm({
        firstName: "Jane",
        lastName: "",
        "billing.city": "NYC",
        "items.0.sku": "A",
        "items.2.sku": "C",
        $ACTION_ID_1: "x",
      }),
    ).toEqual({ firstName: "Jane", billing: { city: "NYC" }, items: [{ sku: "A" }, { sku: "C" }] });
  });

  it("keeps an address or item whose fields are all empty, so each field says what is missing", () => {
    const form = unflattenForm({
      "billing.street1": "",
      "billing.city": "",
      "billing.state": "",
      "billing.zipcode": "",
      "items.0.sku": "",
      "items.0.quantity": "1",
    });
    expect(form).toEqual({ billing: {}, items: [{ quantity: "1" }] });
    const parsed = financingRequestSchema.safeParse(form);
    const paths = parsed.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "billing.street1",
        "billing.city",
        "billing.state",
        "billing.zipcode",
        "items.0.sku",
        "items.0.displayName",
        "items.0.unitPrice",
      ]),
    );
    expect(paths).not.toContain("billing");
  });
});

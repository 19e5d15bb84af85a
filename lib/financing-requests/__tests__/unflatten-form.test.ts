import { describe, expect, it } from "vitest";

import { unflattenForm } from "@/lib/financing-requests/unflatten-form";

describe("unflattenForm", () => {
  it("builds nested objects and arrays from field paths, skipping empties and React's $ACTION fields", () => {
    expect(
      unflattenForm({
        firstName: "Jane",
        "billing.city": "NYC",
        "items.0.sku": "A",
        "items.2.sku": "C",
        "shipping.city": "",
        $ACTION_ID_1: "x",
      }),
    ).toEqual({ firstName: "Jane", billing: { city: "NYC" }, items: [{ sku: "A" }, { sku: "C" }] });
  });
});

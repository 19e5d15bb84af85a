import { describe, expect, it } from "vitest";

import { describeCustomer, describeCustomerSources } from "@/lib/customers/describe-customer";

describe("describeCustomer", () => {
  it("shows each fact with its source, and an order's cart copy for what the application lacks", () => {
    const view = describeCustomer(
      {
        customerFirstName: "Camila",
        customerLastName: "Rojas",
        customerEmail: null,
        customerSources: { name: "funding-report" },
      },
      { customerFirstName: "C.", customerLastName: null, customerEmail: "camila@example.com" },
    );
    expect(view).toMatchObject({
      name: "Camila Rojas",
      email: "camila@example.com",
      summary: "Camila Rojas · camila@example.com",
      sources: { name: "funding report", email: "financing request's cart" },
    });
    expect(describeCustomerSources(view)).toBe("name from the funding report, email from the financing request's cart");
  });

  it("knows nothing without an application or fallback", () => {
    expect(describeCustomer(null).summary).toBeNull();
  });
});

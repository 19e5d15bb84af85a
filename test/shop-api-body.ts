// The integration guide's Create Request body, for route tests and the browser test.
/** The Create Request body of WeGetFinancing's integration guide (flat addresses). */
export const guideBody = (overrides: Record<string, unknown> = {}) => ({
  merchant_transaction_id: "ORDER-1001",
  first_name: "Jane",
  last_name: "Doe",
  email: "jane@example.com",
  phone: "212-555-1234",
  billing_address1: "123 Main St",
  billing_city: "New York",
  billing_state: "NY",
  billing_zipcode: "10001",
  shipping_address1: "500 Market St",
  shipping_city: "San Francisco",
  shipping_state: "CA",
  shipping_zipcode: "94105",
  cart_items: [
    { sku: "WID-001", display_name: "Super Widget", unit_price: "449.50", quantity: 2, unit_tax: "10.05" },
    { sku: "CAB-9", display_name: "Cable", unit_price: "0.10", quantity: 3 },
  ],
  shipping_amount: "19.99",
  ...overrides,
});

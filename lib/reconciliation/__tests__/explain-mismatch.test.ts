// A mismatch in words: what differs, and by how much.
import { describe, expect, it } from "vitest";

import { explainMismatch, postSaleTransactionType, type DeskSale } from "@/lib/reconciliation/explain-mismatch";

const at = new Date("2026-11-10T12:00:00Z");
const sale = (over: Partial<DeskSale> = {}): DeskSale => ({
  approvedAmount: "1500.00",
  orders: [{ id: "o1", amount: "1200.00", refundedAmount: "0.00" }],
  events: [],
  ...over,
});

describe("explainMismatch", () => {
  it("an amount that differs: by how much, against the desk's event of the same type", () => {
    const result = explainMismatch(
      { transactionType: "Settle", transactionAmount: "1250.50" },
      sale({ events: [{ type: "postsale.settle.accepted", amount: "1200.00", occurredAt: at }] }),
    );
    expect(result).toMatchObject({
      kind: "amount",
      difference: "50.50",
      desk: { amount: "1200.00", basis: "the desk's Settle event", types: ["Settle"] },
    });
    expect(result.sentence).toBe(
      "The lender reported a Settle of $1,250.50; the desk's Settle event says $1,200.00: the lender's figure is $50.50 more.",
    );
  });

  it("without an event: the order's total, then the approved amount; refunds against the order's refunds, unsigned", () => {
    expect(explainMismatch({ transactionType: "Settle", transactionAmount: "1100.00" }, sale())).toMatchObject({
      kind: "amount",
      difference: "-100.00",
      desk: { basis: "the order's total" },
    });
    expect(explainMismatch({ transactionType: "Settle", transactionAmount: "1100.00" }, sale()).sentence).toContain(
      "is $100.00 less",
    );
    expect(
      explainMismatch({ transactionType: "Authorize", transactionAmount: "1500.00" }, sale({ orders: [] })),
    ).toMatchObject({ kind: "agrees", difference: "0.00", desk: { basis: "the approved amount" } });
    expect(
      explainMismatch(
        { transactionType: "Refund", transactionAmount: "-200.00" },
        sale({ orders: [{ id: "o1", amount: "1200.00", refundedAmount: "150.00" }] }),
      ),
    ).toMatchObject({ kind: "amount", difference: "50.00", desk: { amount: "150.00", basis: "the order's refunds" } });
  });

  it("a type that differs: names the types the desk has", () => {
    const result = explainMismatch(
      { transactionType: "Refund", transactionAmount: "-300.00" },
      sale({
        events: [
          { type: "postsale.authorize.accepted", amount: "1200.00", occurredAt: at },
          { type: "postsale.settle.accepted", amount: "1200.00", occurredAt: at },
        ],
      }),
    );
    expect(result.kind).toBe("type");
    expect(result.desk.types).toEqual(["Authorize", "Settle"]);
    expect(result.difference).toBe("-900.00");
    expect(result.sentence).toBe(
      "The lender reported a Refund of $300.00, but the desk's post-sale events for this sale are Authorize and Settle: it has no Refund (the desk's Settle event is $1,200.00).",
    );
  });

  it("no local sale: nothing to compare", () => {
    const result = explainMismatch({ transactionType: "Settle", transactionAmount: "99.99" }, null);
    expect(result).toMatchObject({ kind: "no-sale", difference: null, desk: { amount: null } });
    expect(result.sentence).toContain("the desk has no sale for this record");
    expect(result.sentence).toContain("a Settle of $99.99");
  });

  it("reads the transaction type of a post-sale event", () => {
    expect(postSaleTransactionType("postsale.settle.accepted")).toBe("Settle");
    expect(postSaleTransactionType("postsale.refund")).toBe("Refund");
    expect(postSaleTransactionType("application.approved")).toBeNull();
  });
});

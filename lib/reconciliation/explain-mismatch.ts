// Why a funding record does not reconcile, in words: what the lender reported (type and
// amount) beside what the desk knows of the same sale (its post-sale events, the order's
// total and refunds, the approved amount), the difference in money, and one sentence.
// Pure: get-mismatch-context.ts gathers the facts. Money is compared in integer cents.
import { formatMoney } from "@/lib/format/format-money";
import { amountToCents, centsToAmount } from "@/lib/providers/shared/exact-money";

/** The statuses finance reviews as mismatches (the legacy MISMATCHED too). */
export const MISMATCH_STATUSES = ["TYPE_MISMATCH", "AMOUNT_MISMATCH", "MISMATCHED"] as const;

export type DeskSale = {
  approvedAmount: string | null;
  orders: { id: string; amount: string; refundedAmount: string }[];
  /** The sale's post-sale events (postsale.settle.accepted …), oldest first; amount when the event carried one. */
  events: { type: string; amount: string | null; occurredAt: Date }[];
};

export type MismatchExplanation = {
  kind: "no-sale" | "type" | "amount" | "agrees";
  sentence: string;
  reported: { type: string; amount: string };
  desk: { types: string[]; amount: string | null; basis: string | null };
  /** The lender's amount less the desk's (both unsigned, as refunds are written either way); null with nothing to compare. */
  difference: string | null;
};

/** "postsale.settle.accepted" → "Settle". */
export function postSaleTransactionType(eventType: string): string | null {
  const verb = /^postsale\.([a-z]+)/.exec(eventType)?.[1];
  return verb ? verb[0]!.toUpperCase() + verb.slice(1) : null;
}

const abs = (amount: string) => {
  const cents = amountToCents(amount);
  return cents < 0n ? -cents : cents;
};
/** Unsigned, as the words say "more" or "less". */
const money = (amount: string) => formatMoney(centsToAmount(abs(amount)));
const article = (word: string) => (/^[AEIOU]/i.test(word) ? "an" : "a");
const list = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

/** What the desk's figure for this type of transaction is, and where it comes from. */
function deskFigure(type: string, sale: DeskSale): { amount: string; basis: string } | null {
  const sameType = sale.events.filter((e) => postSaleTransactionType(e.type) === type && e.amount !== null);
  const last = sameType.at(-1);
  if (last) return { amount: last.amount!, basis: `the desk's ${type} event` };
  const sum = (pick: (o: DeskSale["orders"][number]) => string) =>
    centsToAmount(sale.orders.reduce((total, order) => total + amountToCents(pick(order)), 0n));
  if (type === "Refund" && sale.orders.length)
    return { amount: sum((o) => o.refundedAmount), basis: "the order's refunds" };
  if (type !== "Refund" && sale.orders.length) return { amount: sum((o) => o.amount), basis: "the order's total" };
  if (type !== "Refund" && sale.approvedAmount) return { amount: sale.approvedAmount, basis: "the approved amount" };
  return null;
}

export function explainMismatch(
  record: { transactionType: string; transactionAmount: string },
  sale: DeskSale | null,
): MismatchExplanation {
  const reported = { type: record.transactionType, amount: record.transactionAmount };
  const said = `${article(reported.type)} ${reported.type} of ${money(reported.amount)}`;
  if (!sale)
    return {
      kind: "no-sale",
      sentence: `The lender reported ${said}, but the desk has no sale for this record: no application carries its merchant order, transaction or charge id, so there is nothing to compare it with.`,
      reported,
      desk: { types: [], amount: null, basis: null },
      difference: null,
    };
  const types = [...new Set(sale.events.map((e) => postSaleTransactionType(e.type)).filter((t) => t !== null))];
  if (types.length && !types.includes(reported.type)) {
    // Compare with what the desk does have: its latest post-sale event's type.
    const latest = types.at(-1)!;
    const figure = deskFigure(latest, sale);
    const difference = figure ? centsToAmount(abs(reported.amount) - abs(figure.amount)) : null;
    return {
      kind: "type",
      sentence: `The lender reported ${said}, but the desk's post-sale events for this sale are ${list(types)}: it has no ${reported.type}${figure ? ` (${figure.basis} is ${money(figure.amount)})` : ""}.`,
      reported,
      desk: { types, amount: figure?.amount ?? null, basis: figure?.basis ?? null },
      difference,
    };
  }
  const figure = deskFigure(reported.type, sale);
  if (!figure)
    return {
      kind: "type",
      sentence: `The lender reported ${said}, but the desk knows no ${reported.type} for this sale: no post-sale event, order or approved amount to compare it with.`,
      reported,
      desk: { types, amount: null, basis: null },
      difference: null,
    };
  const cents = abs(reported.amount) - abs(figure.amount);
  const desk = { types, amount: figure.amount, basis: figure.basis };
  if (cents === 0n)
    return {
      kind: "agrees",
      sentence: `The lender's ${reported.type} of ${money(reported.amount)} agrees with ${figure.basis}: the desk sees no difference in type or amount.`,
      reported,
      desk,
      difference: "0.00",
    };
  const difference = centsToAmount(cents);
  return {
    kind: "amount",
    sentence: `The lender reported ${said}; ${figure.basis} says ${money(figure.amount)}: the lender's figure is ${money(difference)} ${cents > 0n ? "more" : "less"}.`,
    reported,
    desk,
    difference,
  };
}

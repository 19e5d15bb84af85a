// ChargeAfter's funding report for the simulated charges: every settled charge has a
// Settle record and every refund a Refund record, keyed by the merchantOrderId /
// merchantTransactionId / chargeId the webhooks carried. Statuses cover the report's
// whole range: mostly RECONCILED, then TYPE_MISMATCH, AMOUNT_MISMATCH, legacy MISMATCHED,
// ORIGINAL_TRANSACTION_MISSING (a refund whose settle is not in the report), MISSING
// (lender transactions nobody can match) and CHARGEBACK (disputes the lender charged back).
import type { FakeFundingRecord } from "../../test/fakes/chargeafter-funding-api";
import type { SettledCharge } from "./ca-journeys";
import { centsNumber, customer, LENDERS, type Customer, type Lender } from "./people";
import type { Random } from "./random";
import { DAY, HOUR } from "./timeline";

const SETTLE_STATUSES = [
  "RECONCILED",
  "RECONCILED",
  "RECONCILED",
  "AMOUNT_MISMATCH",
  "RECONCILED",
  "RECONCILED",
  "TYPE_MISMATCH",
  "RECONCILED",
  "RECONCILED",
  "RECONCILED",
  "MISMATCHED",
  "RECONCILED",
] as const;

type RecordFacts = {
  chargeId: string;
  transactionId: string;
  transactionType: string;
  at: Date;
  cents: number;
  status: string;
  lender: Lender;
  merchantOrderId: string | null;
  merchantTransactionId: string | null;
  promoCode: string | null;
  customer: Customer;
};

export function fundingRecords(
  charges: SettledCharge[],
  chargebacks: SettledCharge[],
  random: Random,
  now: number,
): FakeFundingRecord[] {
  const records: FakeFundingRecord[] = [];
  const make = (facts: RecordFacts) => records.push(record(facts, random, now));
  let refunds = 0;
  charges.forEach((charge, index) => {
    const common = {
      chargeId: charge.chargeId,
      lender: charge.lender,
      merchantOrderId: charge.merchantOrderId,
      merchantTransactionId: charge.merchantTransactionId,
      promoCode: charge.promoCode,
      customer: charge.customer,
    };
    // Every third refund's original is not in the report.
    const originalMissing = charge.refund !== undefined && refunds++ % 3 === 0;
    if (!originalMissing) {
      const status = SETTLE_STATUSES[index % SETTLE_STATUSES.length]!;
      // The lender funded a different amount, or booked another transaction type, than the merchant's charge.
      const cents =
        status === "AMOUNT_MISMATCH" || status === "MISMATCHED"
          ? charge.settleCents - random.int(1, 50) * 100
          : charge.settleCents;
      make({
        ...common,
        transactionId: charge.settleTransactionId,
        transactionType: status === "TYPE_MISMATCH" ? "Authorize" : "Settle",
        at: charge.settleAt,
        cents,
        status,
      });
    }
    if (charge.refund) {
      make({
        ...common,
        transactionId: charge.refund.transactionId,
        transactionType: "Refund",
        at: charge.refund.at,
        cents: -charge.refund.cents,
        status: originalMissing ? "ORIGINAL_TRANSACTION_MISSING" : "RECONCILED",
      });
    }
  });
  for (const charge of chargebacks) {
    const at = new Date(Math.min(now - HOUR, charge.settleAt.getTime() + random.int(5, 20) * DAY));
    make({
      chargeId: charge.chargeId,
      transactionId: `txn_${random.id(14)}`,
      transactionType: "Chargeback",
      at,
      cents: -charge.settleCents,
      status: "CHARGEBACK",
      lender: charge.lender,
      merchantOrderId: charge.merchantOrderId,
      merchantTransactionId: charge.merchantTransactionId,
      promoCode: charge.promoCode,
      customer: charge.customer,
    });
  }
  // Lender transactions with no merchant charge behind them.
  const missing = Math.max(2, Math.ceil(charges.length / 12));
  for (let i = 0; i < missing; i++) {
    const at = new Date(now - random.int(1, 28) * DAY - random.int(0, 23) * HOUR);
    make({
      chargeId: `chg_${random.id(16)}`,
      transactionId: `txn_${random.id(14)}`,
      transactionType: "Settle",
      at,
      cents: random.int(300, 3000) * 100 + random.int(0, 99),
      status: "MISSING",
      lender: random.pick(LENDERS),
      merchantOrderId: null,
      merchantTransactionId: null,
      promoCode: null,
      customer: customer(random),
    });
  }
  return records.sort((a, b) => a.transactionDate.localeCompare(b.transactionDate));
}

function record(facts: RecordFacts, random: Random, now: number): FakeFundingRecord {
  const sign = facts.cents < 0 ? -1 : 1;
  const abs = Math.abs(facts.cents);
  const discount = Math.round((abs * random.int(150, 800)) / 10_000); // 1.5 % – 8 %
  const fundable = facts.status !== "MISSING" && facts.transactionType !== "Authorize";
  const fundedAtMs = facts.at.getTime() + random.int(1, 4) * DAY;
  const fundedAt = fundable && fundedAtMs < now ? new Date(fundedAtMs).toISOString() : null;
  return {
    chargeId: facts.chargeId,
    transactionId: facts.transactionId,
    transactionType: facts.transactionType,
    transactionDate: facts.at.toISOString(),
    transactionAmount: centsNumber(sign * abs),
    discountAmount: centsNumber(sign * discount),
    netAmount: centsNumber(sign * (abs - discount)),
    fundedAt,
    updatedAt: fundedAt ?? facts.at.toISOString(),
    status: facts.status,
    lenderName: facts.lender.lenderName,
    lenderReferenceId: `LR-${random.int(1_000_000, 9_999_999)}`,
    merchantOrderId: facts.merchantOrderId,
    merchantTransactionId: facts.merchantTransactionId,
    productType: facts.lender.productType,
    promoCode: facts.promoCode,
    firstName: facts.customer.firstName,
    lastName: facts.customer.lastName,
    email: facts.customer.email,
  };
}

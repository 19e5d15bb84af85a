// Realistic funding report records, as ChargeAfter's API sends them (amounts are JSON
// numbers, times ISO 8601 strings), for the fake API, tests, the benchmark and the simulator.
import {
  PRODUCT_TYPES,
  TRANSACTION_TYPES,
  type AmountField,
  type FundingRecordField,
} from "../../lib/providers/chargeafter/funding-record-schema";
import { centsToAmount } from "../../lib/providers/shared/exact-money";

/** The fields every record has; the others may be null. */
type RequiredField = "chargeId" | "transactionId" | "transactionType" | "transactionDate" | "updatedAt" | "status";

/** A record as ChargeAfter sends it: the report's fields, amounts as JSON numbers. */
export type FakeFundingRecord = Record<AmountField, number> &
  Record<RequiredField, string> &
  Record<Exclude<FundingRecordField, AmountField | RequiredField>, string | null>;

const FAKE_STATUSES = [
  "RECONCILED",
  "TYPE_MISMATCH",
  "AMOUNT_MISMATCH",
  "MISSING",
  "ORIGINAL_TRANSACTION_MISSING",
  "MISMATCHED",
  "CHARGEBACK",
] as const;
const LENDERS = ["Finara", "Acme Credit", "Northwind Lending", "Bluefin", "Sunrise Pay"];
const FIRST = ["Ada", "Grace", "Alan", "Zoë", "Barbara", "José", "Margaret", "Ken", "Søren", "Radia"];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Müller",
  "Liskov",
  "O'Brien",
  "Hamilton",
  "Thompson",
  "Nguyễn",
  "Perlman",
];

type GenerateOptions = {
  /** Same seed, same records. */
  seed?: number;
  /** Transaction dates are spread evenly over these inclusive UTC days. */
  fromDate?: string;
  toDate?: string;
  /** Numbering of ids starts here (to add records to an existing set). */
  startIndex?: number;
  /** Prefix of ids, so several sets never collide. */
  idPrefix?: string;
};

/**
 * `count` realistic records, cycling through every status, transaction type and product
 * type (so any 42 consecutive records hold every status × type pair). Amounts are computed in
 * integer cents and then written as numbers with at most two decimals, e.g. 1299.99.
 */
export function generateFundingRecords(count: number, options: GenerateOptions = {}): FakeFundingRecord[] {
  const random = mulberry32(options.seed ?? 1);
  const from = Date.parse(`${options.fromDate ?? "2026-10-01"}T00:00:00Z`);
  const to = Date.parse(`${options.toDate ?? "2026-11-30"}T00:00:00Z`) + 86_400_000 - 1;
  const prefix = options.idPrefix ?? "ca";
  const start = options.startIndex ?? 0;
  const records: FakeFundingRecord[] = [];
  for (let i = start; i < start + count; i++) {
    const status = FAKE_STATUSES[i % FAKE_STATUSES.length]!;
    const transactionType = TRANSACTION_TYPES[Math.floor(i / FAKE_STATUSES.length) % TRANSACTION_TYPES.length]!;
    const productType = PRODUCT_TYPES[i % PRODUCT_TYPES.length]!;
    const transactionCents = 5_000 + Math.floor(random() * 995_000); // $50.00 – $9,999.99
    const discountCents = Math.round((transactionCents * (150 + Math.floor(random() * 650))) / 10_000); // 1.5 % – 8 %
    const sign =
      transactionType === "Refund" || transactionType === "Chargeback" || transactionType === "Reversal" ? -1 : 1;
    const at = from + Math.floor(((i - start + random()) / Math.max(count, 1)) * (to - from));
    const transactionDate = new Date(Math.min(at, to));
    const funded = status !== "MISSING" && transactionType !== "Authorize";
    const fundedAt = funded ? new Date(transactionDate.getTime() + (1 + Math.floor(random() * 4)) * 86_400_000) : null;
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const n = String(i).padStart(8, "0");
    records.push({
      chargeId: status === "MISSING" ? `${prefix}_chg_missing_${n}` : `${prefix}_chg_${n}`,
      transactionId: `${prefix}_txn_${n}`,
      transactionType,
      transactionDate: transactionDate.toISOString(),
      transactionAmount: centsToNumber(sign * transactionCents),
      discountAmount: centsToNumber(sign * discountCents),
      netAmount: centsToNumber(sign * (transactionCents - discountCents)),
      fundedAt: fundedAt?.toISOString() ?? null,
      updatedAt: (fundedAt ?? transactionDate).toISOString(),
      status,
      lenderName: LENDERS[i % LENDERS.length]!,
      lenderReferenceId: `LR-${n}`,
      merchantOrderId: `ORD-${n}`,
      merchantTransactionId: `MT-${n}`,
      productType,
      promoCode: i % 3 === 0 ? null : `PROMO${(i % 12) + 1}`,
      firstName: first,
      lastName: last,
      email: `${first}.${last}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ""),
    });
  }
  return records;
}

/** Cents as the JSON number ChargeAfter would send: Number("1299.99"), never cents / 100. */
function centsToNumber(cents: number): number {
  return Number(centsToAmount(BigInt(cents)));
}

/** A small seeded PRNG: reproducible records without a dependency. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Money as people read it ("$1,299.99", "-$0.50", "€1.234,50" in de-DE) from an exact
// decimal string, never through a float: the integer part is formatted as a BigInt and
// the fraction digits are put in as written, rounded half away from zero on the string.

export type DecimalLike = string | { toFixed(): string };

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export function formatMoney(amount: DecimalLike | null | undefined, currency = "USD", locale = "en-US"): string {
  if (amount === null || amount === undefined) return "—";
  const text = typeof amount === "string" ? amount.trim() : amount.toFixed();
  const match = DECIMAL.exec(text);
  if (!match) return text;

  const { digits, positive, negative: negativeParts, grouping } = formatsFor(locale, currency);
  const { integer, fraction } = roundDigits(match[2]!, match[3] ?? "", digits);
  const negative = match[1] === "-" && /[1-9]/.test(integer + fraction);

  // A skeleton with the currency sign, minus sign and separators where the locale puts them.
  const grouped = grouping.format(BigInt(integer));
  return (negative ? negativeParts : positive)
    .map((part) => (part.type === "integer" ? grouped : part.type === "fraction" ? fraction : part.value))
    .join("");
}

type MoneyFormats = {
  digits: number;
  positive: Intl.NumberFormatPart[];
  negative: Intl.NumberFormatPart[];
  grouping: Intl.NumberFormat;
};

// Building an Intl.NumberFormat costs ~30 µs: a page formats hundreds of amounts, so each
// locale and currency is set up once.
const cache = new Map<string, MoneyFormats>();

function formatsFor(locale: string, currency: string): MoneyFormats {
  const key = `${locale}|${currency}`;
  let formats = cache.get(key);
  if (!formats) {
    const money = new Intl.NumberFormat(locale, { style: "currency", currency });
    formats = {
      digits: money.resolvedOptions().maximumFractionDigits ?? 2,
      positive: money.formatToParts(1n),
      negative: money.formatToParts(-1n),
      grouping: new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 }),
    };
    cache.set(key, formats);
  }
  return formats;
}

/** Rounds a non-negative decimal given as digit strings to `places` fraction digits, half away from zero. */
function roundDigits(
  integerDigits: string,
  fractionDigits: string,
  places: number,
): { integer: string; fraction: string } {
  const padded = fractionDigits.padEnd(places, "0");
  const kept = padded.slice(0, places);
  const roundUp = padded.length > places && padded[places]! >= "5";
  let scaled = BigInt(integerDigits + kept);
  if (roundUp) scaled += 1n;
  const all = scaled.toString().padStart(places + 1, "0");
  return { integer: all.slice(0, all.length - places) || "0", fraction: places ? all.slice(all.length - places) : "" };
}

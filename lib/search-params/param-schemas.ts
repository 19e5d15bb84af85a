// zod schemas for single query parameters, as they arrive from a URL: a value may be
// missing, empty (an untouched form field), or repeated (?status=A&status=B).
import { z } from "zod";

import { MAX_DAY, MIN_DAY, queryTextProblem } from "./limits";

function values(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.map((value) => String(value).trim()).filter((value) => value !== "");
}

/** A repeatable parameter: every non-empty value, each checked by `item`, de-duplicated after parsing. */
export function repeatable<T extends z.ZodType>(item: T, options: { max?: number } = {}) {
  const max = options.max ?? 50;
  return z.preprocess(
    (raw) => values(raw),
    z
      .array(item)
      .max(max, { error: `Choose at most ${max} values.` })
      .transform((list) => [...new Set(list)]),
  );
}

/** An optional single parameter: the first non-empty value, trimmed; empty means absent. */
export function optionalParam<T extends z.ZodType>(item: T) {
  return z.preprocess((raw) => values(raw)[0], item.optional());
}

/** Free text such as a search box: trimmed, at most `max` characters, no NUL. */
export function textParam(max = 200) {
  return optionalParam(
    z
      .string()
      .max(max, { error: `Use at most ${max} characters.` })
      .refine((value) => !value.includes("\0"), {
        error: "Remove the NUL character (%00): it cannot be part of a search.",
      }),
  );
}

/** One of a fixed set of values, upper- or lower-case, e.g. `provider=chargeafter` reads as CHARGEAFTER. */
export function enumValue<const V extends readonly [string, ...string[]]>(options: V) {
  return z.preprocess(
    (raw) => (typeof raw === "string" ? (options.find((o) => o.toLowerCase() === raw.toLowerCase()) ?? raw) : raw),
    z.enum(options, { error: (issue) => `"${String(issue.input)}" is not one of ${options.join(", ")}.` }),
  );
}

/**
 * A calendar day `YYYY-MM-DD` that exists (no 2026-02-30), from MIN_DAY to MAX_DAY: a year
 * such as 9999 is a typo or an attack, and would make a chart or a sync span millennia.
 */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `"${short(issue.input)}" is not a date: use YYYY-MM-DD.`,
    abort: true,
  })
  .refine((day) => isRealDay(day), {
    error: (issue) => `"${String(issue.input)}" is not a date in the calendar.`,
    abort: true,
  })
  // Same-length YYYY-MM-DD strings sort as the days do.
  .refine((day) => day >= MIN_DAY && day <= MAX_DAY, {
    error: (issue) => `"${String(issue.input)}" is outside ${MIN_DAY} … ${MAX_DAY}: use a date in that range.`,
  });

/** A value quoted back in a message: no NUL, not the whole of a long one. */
function short(value: unknown): string {
  const text = String(value);
  if (queryTextProblem(text) === null) return text;
  return `${text.replace(/\0/g, "\\0").slice(0, 40)}…`;
}

function isRealDay(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The values of a fixed set: a tuple, or an enum object such as Prisma's `Provider`. */
type Options = readonly [string, ...string[]] | Readonly<Record<string, string>>;
type ValueOf<O extends Options> = O extends readonly (infer V)[] ? V : O[keyof O];

function tuple<O extends Options>(options: O) {
  return (Array.isArray(options) ? options : Object.values(options)) as [ValueOf<O>, ...ValueOf<O>[]];
}

/** At most one of a fixed set of values: `?sort=createdAt`. */
export function oneOf<const O extends Options>(options: O) {
  return optionalParam(enumValue(tuple(options)));
}

/** Any of a fixed set of values, repeatable: `?status=OPEN&status=RESOLVED`. */
export function anyOf<const O extends Options>(options: O) {
  return repeatable(enumValue(tuple(options)));
}

/** Stored values matched exactly (a lender's name), repeatable; `one` names one in the message ("A lender"). */
export function exactValues(one: string, max = 200) {
  return repeatable(z.string().max(max, { error: `${one} has at most ${max} characters.` }));
}

/** The search box, `?q=`. */
export const searchParam = () => textParam(200).describe("Search");

/**
 * An inclusive range of calendar days, `?from=&to=` (APP_TIMEZONE), with their labels in
 * messages. A range the wrong way round is refused by the list reader (read-list-query.ts).
 */
export function dayRangeParams(labels: { from: string; to: string } = { from: "From date", to: "To date" }) {
  return { from: optionalParam(dayParam).describe(labels.from), to: optionalParam(dayParam).describe(labels.to) };
}

/** A yes/no switch such as `duplicate=yes`; also reads true/false and 1/0. */
export const yesNoParam = z
  .string()
  .toLowerCase()
  .pipe(
    z.enum(["yes", "no", "true", "false", "1", "0"], {
      error: (issue) => `"${String(issue.input)}" is not yes or no.`,
    }),
  )
  .transform((value) => value === "yes" || value === "true" || value === "1");

// How the Shop API writes values: amounts as decimal strings with two places, times as
// ISO 8601 in UTC, enum values in lower case.
import type Decimal from "decimal.js";
import { z } from "zod";

export const moneySchema = z.string().meta({ example: "499.00", description: "A decimal amount, two places." });
export const timeSchema = z.string().meta({ example: "2026-12-03T15:04:05.000Z", description: "ISO 8601, UTC." });

export function money(value: Decimal | { toFixed(places: number): string }): string;
export function money(value: Decimal | { toFixed(places: number): string } | null): string | null;
export function money(value: { toFixed(places: number): string } | null): string | null {
  return value === null ? null : value.toFixed(2);
}

export function time(value: Date): string;
export function time(value: Date | null): string | null;
export function time(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

export function lower<T extends string>(value: T): Lowercase<T>;
export function lower<T extends string>(value: T | null): Lowercase<T> | null;
export function lower<T extends string>(value: T | null): Lowercase<T> | null {
  return value === null ? null : (value.toLowerCase() as Lowercase<T>);
}

/** The lower-case values of a Prisma enum, for a schema. */
export function lowerEnum<T extends string>(values: Record<string, T>) {
  return z.enum(Object.values(values).map((v) => v.toLowerCase()) as [Lowercase<T>, ...Lowercase<T>[]]);
}

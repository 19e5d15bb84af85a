// Cells a spreadsheet would run as a formula (CSV injection): every export escapes its text
// cells with a leading ', never its amounts, and the funding import undoes it.

/**
 * What spreadsheets read as the start of a formula (character codes): = + - @, tab, CR, LF,
 * ; and | (DDE in some), and the full-width ＝ ＋ － ＠ that some spreadsheets fold to ASCII.
 */
export const FORMULA_START_CODES: readonly number[] = [
  61, 43, 45, 64, 9, 13, 10, 59, 124, 0xff1d, 0xff0b, 0xff0d, 0xff20,
];
const FORMULA_STARTS = new Set(FORMULA_START_CODES);

/** A text cell made safe for spreadsheets: a leading ' when it would start a formula. */
export function escapeFormula(value: string): string {
  return value.length && FORMULA_STARTS.has(value.charCodeAt(0)) ? `'${value}` : value;
}

/** Undoes escapeFormula on a cell read back from one of our exports. */
export function unescapeFormula(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 39 && FORMULA_STARTS.has(value.charCodeAt(1))
    ? value.slice(1)
    : value;
}

// The choices of a multi-select, built from a list's values and the words for each.
export type Option = { value: string; label: string; hint?: string };

/**
 * The values a filter offers: those seen in the data (or known), and any the URL selects that
 * are not among them (a bookmarked lender with no rows left), so a ticked box never disappears.
 */
export function withSelected(known: readonly string[], selected: readonly string[], { sort = false } = {}): string[] {
  const values = [...new Set([...known, ...selected])];
  return sort ? values.sort((a, b) => a.localeCompare(b)) : values;
}

/** The options of some values, in their order, with their words (and, with `hints`, what each means). */
export function optionsOf<V extends string>(
  values: readonly V[],
  words: Record<V, string | { label: string; description?: string }>,
  { hints = false } = {},
): Option[] {
  return values.map((value) => {
    const word = words[value];
    if (typeof word === "string") return { value, label: word };
    return { value, label: word.label, hint: hints ? word.description : undefined };
  });
}

// The choices of a multi-select, built from a list's values and the words for each.
export type Option = { value: string; label: string; hint?: string };

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

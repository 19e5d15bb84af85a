// Form fields named by path ("billing.city", "items.0.sku") into the nested object the
// schema reads. Empty strings count as not given, but the address or item they belong to
// is still there: an empty billing address is four fields to fill in, each said at its field.
export function unflattenForm(entries: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(entries)) {
    if (path.startsWith("$")) continue;
    const empty = value === "" || value === undefined;
    const keys = path.split(".");
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        if (!empty) node[key] = value;
        return;
      }
      node[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  // Rows removed in the form leave holes in the arrays.
  for (const value of Object.values(root))
    if (Array.isArray(value)) value.splice(0, value.length, ...value.filter(Boolean));
  return root;
}

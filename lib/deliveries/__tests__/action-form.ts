// What a server action's test hands it: the idle state and a form of text fields.
export const idle = { status: "idle" } as const;

export function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

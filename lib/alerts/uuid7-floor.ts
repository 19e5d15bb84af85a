// The smallest uuid7 of an instant: rows whose uuid7 id sorts after it were inserted later.
export function uuid7Floor(at: Date): string {
  const hex = Math.max(0, at.getTime()).toString(16).padStart(12, "0").slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

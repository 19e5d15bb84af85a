// Whether a value can be one of our ids (UUID primary keys): a search box value that is not
// one is never compared with an id column, and a cursor whose id is not one is refused.
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

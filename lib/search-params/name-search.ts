// Shared by the lists that search names and emails by substring (ILIKE '%…%' served by
// a pg_trgm GIN index).

/** Search words shorter than this match ids only: a trigram index needs three characters. */
export const MIN_NAME_SEARCH_LENGTH = 3;

/** `%`, `_` and `\` are meant literally in a LIKE pattern built from user input. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const WHOLE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A search that is a whole email address matches that address ignoring case, through an
 * index on lower(email): the trigram index would read the trigrams every address shares.
 */
export function isWholeEmail(q: string): boolean {
  return WHOLE_EMAIL.test(q);
}

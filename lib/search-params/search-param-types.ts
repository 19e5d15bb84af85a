// What Next.js hands a page as `searchParams` (after awaiting it).
export type RawSearchParams = Record<string, string | string[] | undefined>;

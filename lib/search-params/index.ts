// Reading list filters from the URL: see each module.
export type { RawSearchParams } from "./search-param-types";
export { parseSearchParams, type ParsedSearchParams } from "./parse-search-params";
export { dayParam, enumValue, optionalParam, repeatable, textParam, yesNoParam } from "./param-schemas";
export { dayRangeToInstants, endOfDayExclusiveIn, startOfDayIn, type InstantRange } from "./day-range";
export { readCursorParam, type CursorParam } from "./read-cursor";
export { MAX_DAY, MAX_QUERY_TEXT, MIN_DAY, queryTextProblem } from "./limits";

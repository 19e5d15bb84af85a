// Reading list filters from the URL: see each module.
export type { RawSearchParams } from "./search-param-types";
export { parseSearchParams, type ParsedSearchParams } from "./parse-search-params";
export {
  anyOf,
  dayParam,
  dayRangeParams,
  enumValue,
  exactValues,
  oneOf,
  optionalParam,
  repeatable,
  searchParam,
  textParam,
  yesNoParam,
} from "./param-schemas";
export { countActiveFilters, dropReversedRange, listQueryReader, type ListQuery } from "./read-list-query";
export { dayRangeToInstants, endOfDayExclusiveIn, startOfDayIn, type InstantRange } from "./day-range";
export { readCursorParam, type CursorParam } from "./read-cursor";
export { MAX_DAY, MAX_QUERY_TEXT, MIN_DAY, queryTextProblem } from "./limits";

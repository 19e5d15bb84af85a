// Reading list filters from the URL: see each module.
export type { RawSearchParams } from "./search-param-types";
export { parseSearchParams } from "./parse-search-params";
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
export { dropReversedRange, listQueryReader, type ListQuery } from "./read-list-query";
export { dayRangeToInstants } from "./day-range";
export { readCursorParam } from "./read-cursor";

// A repeatable filter as checkboxes in a disclosure: compact in the filter bar,
// keyboard and screen-reader friendly, and submitted as ?name=A&name=B by the GET form.
export type Option = { value: string; label: string; hint?: string };

type MultiSelectProps = {
  name: string;
  label: string;
  options: Option[];
  selected: readonly string[];
  anyLabel?: string;
};

export function MultiSelect({ name, label, options, selected, anyLabel = "Any" }: MultiSelectProps) {
  const chosen = options.filter((option) => selected.includes(option.value));
  const summary =
    chosen.length === 0
      ? anyLabel
      : chosen.length <= 2
        ? chosen.map((o) => o.label).join(", ")
        : `${chosen.length} selected`;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-0.5 text-xs font-medium text-gray-700">{label}</legend>
      <details className="group relative">
        <summary
          className={`flex h-8 max-w-48 cursor-pointer list-none items-center justify-between gap-2 rounded-md border bg-white px-2 text-sm shadow-sm select-none [&::-webkit-details-marker]:hidden ${
            chosen.length ? "border-accent-600 text-gray-900" : "border-gray-300 text-gray-700"
          }`}
        >
          <span className="truncate">{summary}</span>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-3.5 shrink-0 transition-transform group-open:rotate-180"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M5 8l5 5 5-5" />
          </svg>
        </summary>
        <div className="absolute left-0 z-20 mt-1 max-h-72 w-max max-w-[min(22rem,calc(100vw-2rem))] min-w-44 overflow-y-auto rounded-md border border-gray-200 bg-white p-1 shadow-lg">
          {options.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm text-gray-800 hover:bg-gray-50"
            >
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="mt-0.5 size-4 shrink-0 accent-accent-700"
              />
              <span className="min-w-0">
                <span className="block break-words">{option.label}</span>
                {option.hint && <span className="block text-xs text-gray-600">{option.hint}</span>}
              </span>
            </label>
          ))}
        </div>
      </details>
    </fieldset>
  );
}

// A compact labelled field of a filter bar, and the input classes sized for it.
import type { ReactNode } from "react";

/** A compact labelled field inside the filter bar. */
export function FilterField({
  label,
  htmlFor,
  children,
  className = "",
}: {
  label: string;
  htmlFor: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex min-w-0 flex-col ${className}`}>
      <label htmlFor={htmlFor} className="mb-0.5 text-xs font-medium text-gray-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Input classes sized for the filter bar. */
export const filterInputClasses =
  "h-8 rounded-md border border-gray-300 bg-white px-2 text-sm text-gray-900 shadow-sm placeholder:text-gray-500 aria-invalid:border-red-600";

type SelectFilterProps = {
  label: string;
  name: string;
  value: string | undefined;
  /** Value → words (or [value, words] pairs where a value is a number); the value "" means the filter is off. */
  options: Readonly<Record<string, string>> | readonly (readonly [string, string])[];
};

/** A single-choice filter. */
export function SelectFilter({ label, name, value, options }: SelectFilterProps) {
  const id = `filter-${name}`;
  return (
    <FilterField label={label} htmlFor={id}>
      <select id={id} name={name} defaultValue={value ?? ""} className={filterInputClasses}>
        {(Array.isArray(options) ? options : Object.entries(options)).map(([optionValue, words]) => (
          <option key={optionValue} value={optionValue}>
            {words}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

type InputFilterProps = {
  label: string;
  name: string;
  value: string | number | undefined;
  placeholder?: string;
  /** The id of a hint for screen readers. */
  describedBy?: string;
} & ({ type: "number"; min: number; max: number } | { type: "decimal" });

/** A short typed value: an amount, a number of days. */
export function InputFilter({ label, name, value, placeholder, describedBy, ...kind }: InputFilterProps) {
  const id = `filter-${name}`;
  return (
    <FilterField label={label} htmlFor={id}>
      <input
        id={id}
        name={name}
        {...(kind.type === "number" ? kind : { inputMode: "decimal" as const })}
        defaultValue={value ?? ""}
        placeholder={placeholder}
        aria-describedby={describedBy}
        className={`${filterInputClasses} w-24`}
      />
    </FilterField>
  );
}

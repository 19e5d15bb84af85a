// Labelled inputs with their hint and errors wired up for screen readers.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

/** Looks of a text input or select; width is up to the caller (fields are full width). */
export const inputClasses =
  "rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm text-gray-900 shadow-sm placeholder:text-gray-400 aria-invalid:border-red-600 disabled:bg-gray-100";

type FieldBase = { label: string; name: string; id?: string; hint?: ReactNode; errors?: string[]; className?: string };

function describedBy(id: string, hint: ReactNode, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldFrame({
  id,
  label,
  hint,
  errors,
  className = "",
  children,
}: Omit<FieldBase, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-gray-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

/** What every control of a field carries: its name, the shared classes, and its hint and errors for screen readers. */
function controlProps(id: string, name: string, hint: FieldBase["hint"], errors: FieldBase["errors"]) {
  return {
    id,
    name,
    className: `${inputClasses} block w-full`,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, errors),
  };
}

type TextFieldProps = FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">;

export function TextField({ label, name, id = name, hint, errors, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <input {...controlProps(id, name, hint, errors)} {...input} />
    </FieldFrame>
  );
}

type SelectFieldProps = FieldBase & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "className">;

export function SelectField({
  label,
  name,
  id = name,
  hint,
  errors,
  className,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <select {...controlProps(id, name, hint, errors)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

"use client";

// A repeatable filter as checkboxes in a disclosure, submitted as ?name=A&name=B by the GET
// form (it works without JavaScript: a <details>). With script, the closed control says what is
// ticked as soon as it is ticked (before Apply), Escape closes it and gives focus back to its
// button, a click outside closes it, and opening one closes any other that is open.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

import type { Option } from "@/components/list/options";

type MultiSelectProps = {
  name: string;
  label: string;
  /** The choices; a plain string is its own value and words (a lender's name, an event type). */
  options: readonly (Option | string)[];
  selected: readonly string[];
  anyLabel?: string;
};

/** Announced on the window when one opens, so the others close. */
const OPENED = "multi-select-opened";

export function MultiSelect({ name, label, options: given, selected, anyLabel = "Any" }: MultiSelectProps) {
  const options = given.map((option) => (typeof option === "string" ? { value: option, label: option } : option));
  const id = useId();
  const [ticked, setTicked] = useState<readonly string[]>(selected);
  // A link to another view (a chip removed) brings new values: start again from them.
  const selectedKey = selected.join("\n");
  const [shownKey, setShownKey] = useState(selectedKey);
  if (shownKey !== selectedKey) {
    setShownKey(selectedKey);
    setTicked(selected);
  }
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);

  useEffect(() => {
    const closeIfOther = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== id) setOpen(false);
    };
    window.addEventListener(OPENED, closeIfOther);
    return () => window.removeEventListener(OPENED, closeIfOther);
  }, [id]);

  useEffect(() => {
    if (!open) return;
    const closeIfOutside = (event: PointerEvent) => {
      if (!details.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeIfOutside);
    return () => document.removeEventListener("pointerdown", closeIfOutside);
  }, [open]);

  const onToggle = () => {
    const nowOpen = details.current?.open ?? false;
    setOpen(nowOpen);
    if (nowOpen) window.dispatchEvent(new CustomEvent(OPENED, { detail: id }));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    summary.current?.focus();
  };
  const toggleValue = (value: string, checked: boolean) =>
    setTicked((values) => (checked ? [...values, value] : values.filter((v) => v !== value)));

  const chosen = options.filter((option) => ticked.includes(option.value));
  const summaryText =
    chosen.length === 0
      ? anyLabel
      : chosen.length <= 2
        ? chosen.map((o) => o.label).join(", ")
        : `${chosen.length} selected`;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-0.5 text-xs font-medium text-gray-700">{label}</legend>
      <details ref={details} open={open} onToggle={onToggle} onKeyDown={onKeyDown} className="group relative">
        <summary
          ref={summary}
          className={`flex h-8 max-w-56 cursor-pointer list-none items-center justify-between gap-2 rounded-md border bg-white px-2 text-sm shadow-sm select-none [&::-webkit-details-marker]:hidden ${
            chosen.length ? "border-accent-600 text-gray-900" : "border-gray-300 text-gray-700"
          }`}
        >
          <span className="truncate">
            <span className="sr-only">{label}: </span>
            {summaryText}
          </span>
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
        <div
          key={selectedKey}
          className="absolute left-0 z-20 mt-1 max-h-72 w-max max-w-[min(22rem,calc(100vw-2rem))] min-w-44 overflow-y-auto rounded-md border border-gray-200 bg-white p-1 shadow-lg"
        >
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
                onChange={(event) => toggleValue(option.value, event.currentTarget.checked)}
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

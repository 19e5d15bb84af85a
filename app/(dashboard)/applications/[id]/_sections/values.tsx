// How the application page shows a value: nothing known, an id in mono (copyable), a link.
import { CopyButton } from "@/components/copy-button";

export const linkClass = "font-medium text-accent-700 underline-offset-2 hover:underline";

export const none = <span className="text-gray-500">—</span>;

export function Mono({ value, copy = false }: { value: string | null; copy?: boolean }) {
  if (!value) return none;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="font-mono text-xs break-all">{value}</code>
      {copy && <CopyButton text={value} label="Copy" />}
    </span>
  );
}

/** The sentence a section shows when it has nothing to list. */
export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-gray-600">{children}</p>;
}

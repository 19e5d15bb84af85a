// A generated password, shown once with a copy button and a plain warning.
import { CopyButton } from "./copy-button";

export function OneTimeSecret({ label, secret }: { label: string; secret: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{label}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="rounded border border-amber-200 bg-white px-2 py-1 font-mono text-sm break-all text-gray-900 select-all">
          {secret}
        </code>
        <CopyButton text={secret} />
      </div>
      <p className="mt-2 text-xs">
        It will not be shown again. Hand it over through a safe channel; the user can sign in with it right away.
      </p>
    </div>
  );
}

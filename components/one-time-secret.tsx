// A generated password, shown once with a copy button and a plain warning.
import { CopyableCode } from "@/components/copyable-code";

export function OneTimeSecret({ label, secret }: { label: string; secret: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{label}</p>
      <CopyableCode text={secret} tone="secret" />
      <p className="mt-2 text-xs">
        It will not be shown again. Hand it over through a safe channel; the user can sign in with it right away.
      </p>
    </div>
  );
}

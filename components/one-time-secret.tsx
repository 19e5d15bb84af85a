// A generated secret (password, API key, signing secret), shown once with a copy button and
// a plain note on what to do with it.
import type { ReactNode } from "react";

import { CopyableCode } from "@/components/copyable-code";

const PASSWORD_NOTE =
  "It will not be shown again. Hand it over through a safe channel; the user can sign in with it right away.";

export function OneTimeSecret({
  label,
  secret,
  regionLabel,
  children = PASSWORD_NOTE,
}: {
  label: string;
  secret: string;
  /** Names the box as a region for assistive technology (and tests), e.g. "The new key". */
  regionLabel?: string;
  /** What to do with it; passwords get the default note. */
  children?: ReactNode;
}) {
  return (
    <section
      aria-label={regionLabel ?? label}
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-medium">{label}</p>
      <CopyableCode text={secret} tone="secret" />
      <p className="mt-2 text-xs">{children}</p>
    </section>
  );
}

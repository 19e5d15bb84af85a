// The empty state of a filtered list: what matched nothing, and a way back to everything.
import Link from "next/link";
import type { ReactNode } from "react";

import { buttonClasses } from "@/components/button";
import { EmptyState } from "@/components/empty-state";

export function NoMatches({ noun, clearHref, children }: { noun: string; clearHref: string; children: ReactNode }) {
  return (
    <EmptyState
      title={`No ${noun} match these filters`}
      action={
        <Link href={clearHref} className={buttonClasses()}>
          Clear filters
        </Link>
      }
    >
      {children}
    </EmptyState>
  );
}

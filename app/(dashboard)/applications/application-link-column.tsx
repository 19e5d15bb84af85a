// The first column of any table of applications: the application's id, linked to its page.
import type { ReactNode } from "react";

import { linkColumn, type Column } from "@/components/data-table";

type ApplicationRow = { id: string; externalId: string };

/** The application's id as the row's link, with `detail` (what else tells it apart) below. */
export function applicationLinkColumn<R extends ApplicationRow>(
  className: string,
  detail: (row: R) => ReactNode,
): Column<R> {
  return linkColumn({
    header: "Application",
    className,
    mono: true,
    href: (row) => `/applications/${row.id}`,
    label: (row) => row.externalId,
    detail,
  });
}

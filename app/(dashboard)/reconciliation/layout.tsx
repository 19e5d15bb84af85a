// Funding is for finance and admin. Checked here, above the report's loading boundary, so a
// role without access gets a real 403 before anything streams (each page checks again).
import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/session";

export default async function ReconciliationLayout({ children }: { children: ReactNode }) {
  await requirePermission("viewFunding");
  return children;
}

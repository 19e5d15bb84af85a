import { roleLabels } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";

export const roles: Role[] = ["SUPPORT", "FINANCE", "ADMIN"];

export const roleDescriptions: Record<Role, string> = {
  SUPPORT: "sees applications, deliveries, disputes and orders",
  FINANCE: "also the funding report, its export and sync",
  ADMIN: "everything, including users, settings and replays",
};

export function RoleOptions() {
  return roles.map((role) => (
    <option key={role} value={role}>
      {roleLabels[role]}
    </option>
  ));
}

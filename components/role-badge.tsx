import { roleLabels } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";

import { Badge, type BadgeTone } from "./badge";

const roleTones: Record<Role, BadgeTone> = { ADMIN: "accent", FINANCE: "success", SUPPORT: "neutral" };

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={roleTones[role]}>{roleLabels[role]}</Badge>;
}

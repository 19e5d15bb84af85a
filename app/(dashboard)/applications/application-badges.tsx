// Application values as badges, shared by the list and an application's page.
import { statusBadgeOf, type StatusStyle } from "@/components/list/status-badge";
import { applicationStatusLabels } from "@/lib/applications/application-labels";
import type { ApplicationStatus } from "@/lib/db/generated/enums";

export const applicationStatusTones: Record<ApplicationStatus, StatusStyle["tone"]> = {
  CREATED: "neutral",
  PREQUALIFIED: "accent",
  PENDING: "warning",
  DECLINED: "danger",
  APPROVED: "success",
  CONFIRMED: "success",
  CANCELLED: "neutral",
};

export const ApplicationStatusBadge = statusBadgeOf(applicationStatusLabels, applicationStatusTones);

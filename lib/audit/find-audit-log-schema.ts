// The audit log's parameters (Settings → Audit log and its CSV export): who (the actor's
// email, exactly), what (actions of the vocabulary), about what (a target type, a target id)
// and when (days in APP_TIMEZONE). Each names itself in messages.
import { z } from "zod";

import { anyOf, dayRangeParams, exactValues, listQueryReader, repeatable, textParam } from "@/lib/search-params";

import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "./audit-vocabulary";

/** Every action the log may hold: the vocabulary and the audit log's own export. */
export const KNOWN_AUDIT_ACTIONS: readonly string[] = AUDIT_ACTIONS;

const actionParam = z.string().refine((action) => KNOWN_AUDIT_ACTIONS.includes(action), {
  error: (issue) => `"${String(issue.input).slice(0, 80)}" is not an action the audit log records.`,
});

export const auditLogFiltersSchema = z.object({
  actor: exactValues("An actor", 200).describe("Actor"),
  action: repeatable(actionParam).describe("Action"),
  targetType: anyOf(AUDIT_TARGET_TYPES).describe("Target type"),
  target: textParam(200).describe("Target id"),
  ...dayRangeParams(),
});

export type AuditLogFilters = z.output<typeof auditLogFiltersSchema>;

export const AUDIT_LOG_PAGE_SIZE = 50;

export const readAuditLogFilters = listQueryReader({
  schema: auditLogFiltersSchema,
  cursorId: "uuid",
  firstPage: "the newest entries",
});

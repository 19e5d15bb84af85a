// The audit log's own export, audited like every export. It belongs in AUDIT_ACTIONS
// (audit-vocabulary.ts); until it is there it is spelled once, here.
import type { AuditAction } from "./audit-vocabulary";

export const AUDIT_LOG_EXPORT = "audit-log.export" as AuditAction;

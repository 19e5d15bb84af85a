// What the audit log records, spelled once: an action is "<target>.<verb>", a target type
// is the kebab-case name of what changed. New entries are added here first.
export const AUDIT_ACTIONS = [
  "api-key.create",
  "api-key.revoke",
  "application.status-check",
  "application.export",
  "delivery.replay",
  "deposit.flag",
  "deposit.match",
  "deposit.undo",
  "delivery.export",
  "deposit.export",
  "dispute.export",
  "dispute.update",
  "event-endpoint.create",
  "event-endpoint.delete",
  "event-endpoint.disable",
  "event-endpoint.enable",
  "event-endpoint.resend",
  "event-endpoint.resend-failed",
  "event-endpoint.test",
  "financing-request.create",
  "funding.export",
  "funding.import",
  "funding-mismatch.assign",
  "funding-mismatch.note",
  "funding-mismatch.resolve",
  "funding.sync",
  "order.export",
  "order.hold.reopen",
  "order.hold.cancel",
  "settings.test-delivery",
  "user.create",
  "user.disable",
  "user.enable",
  "user.reset-password",
  "user.role",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = [
  "api-key",
  "application",
  "delivery",
  "deposit",
  "dispute",
  "event-endpoint",
  "funding-export",
  "funding-record",
  "list-export",
  "order",
  "pending-cart",
  "sync-run",
  "user",
] as const;

export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

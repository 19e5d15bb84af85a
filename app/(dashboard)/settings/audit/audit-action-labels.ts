// An audit action in words ("delivery.replay" → "Delivery replayed"); an action with no words
// yet reads from its own name ("alert.acknowledge" → "Alert: acknowledge").
import type { AuditAction } from "@/lib/audit/audit-vocabulary";

const labels: Partial<Record<AuditAction, string>> = {
  "api-key.create": "API key created",
  "api-key.revoke": "API key revoked",
  "application.status-check": "Application status checked",
  "application.export": "Applications exported",
  "audit-log.export": "Audit log exported",
  "delivery.replay": "Delivery replayed",
  "delivery.export": "Deliveries exported",
  "deposit.flag": "Deposit flagged",
  "deposit.match": "Deposit matched",
  "deposit.undo": "Deposit review undone",
  "deposit.export": "Deposits exported",
  "dispute.export": "Disputes exported",
  "dispute.update": "Dispute updated",
  "event-endpoint.create": "Event endpoint added",
  "event-endpoint.delete": "Event endpoint removed",
  "event-endpoint.disable": "Event endpoint disabled",
  "event-endpoint.enable": "Event endpoint enabled",
  "event-endpoint.resend": "Event resent",
  "event-endpoint.resend-failed": "Failed events resent",
  "event-endpoint.test": "Test event sent",
  "financing-request.create": "Financing request created",
  "funding.export": "Funding report exported",
  "funding.import": "Funding report imported",
  "funding-mismatch.assign": "Mismatch assigned",
  "funding-mismatch.note": "Mismatch note added",
  "funding-mismatch.resolve": "Mismatch resolved",
  "funding.sync": "Funding synced",
  "order.export": "Orders exported",
  "order.hold.reopen": "Held order reopened",
  "order.hold.cancel": "Held order cancelled",
  "settings.test-delivery": "Test delivery sent",
  "user.create": "User created",
  "user.disable": "User disabled",
  "user.enable": "User enabled",
  "user.reset-password": "Password reset",
  "user.role": "Role changed",
};

export function auditActionLabel(action: string): string {
  const known = labels[action as AuditAction];
  if (known) return known;
  const [target = action, ...verb] = action.split(".");
  const words = (text: string) => text.replace(/-/g, " ");
  const subject = words(target).replace(/^\w/, (letter) => letter.toUpperCase());
  return verb.length ? `${subject}: ${words(verb.join(" "))}` : subject;
}

// What the alert checks look for, in one place: the kinds the Issues page filters by and
// the words each message starts with.
export const ALERT_KINDS = [
  "dispute_created",
  "deliveries_failing",
  "signatures_refused",
  "funding_sync_failed",
  "new_mismatches",
  "unfunded_orders",
] as const;

export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  dispute_created: "Dispute opened",
  deliveries_failing: "Deliveries failing to apply",
  signatures_refused: "Deliveries refused for a bad signature",
  funding_sync_failed: "Funding sync failed",
  new_mismatches: "New funding mismatches",
  unfunded_orders: "Approved orders with no funding",
};

/** Grouping: at most one message per kind in this long. */
export const NOTIFY_EVERY_MS = 10 * 60 * 1000;

/** Deliveries failing or refused: more than this many within DELIVERY_WINDOW_MS opens an alert. */
export const DELIVERY_THRESHOLD = 5;
export const DELIVERY_WINDOW_MS = 10 * 60 * 1000;

/** Approved orders with no funding record this many days after their last event. */
export const UNFUNDED_AFTER_DAYS = 7;

/**
 * What a check found for one group: the alert's words, how many and where to look. `grew`
 * asks for a new message (more of the same since the last one), grouped like the first.
 */
export type AlertFinding = {
  groupKey: string;
  title: string;
  detail: string;
  count: number;
  link: string;
  firstCauseId?: string;
  lastCauseId?: string;
  grew?: boolean;
};

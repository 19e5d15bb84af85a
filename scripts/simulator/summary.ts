// What was sent and how the dashboard answered, as the lines the CLI and the demo print.
import type { DeliveryResult } from "./send";

export type Summary = {
  sent: number;
  byStatus: Record<string, number>;
  byProvider: Record<string, number>;
  duplicatesAnswered: number;
  delayed: number;
  unexpected: DeliveryResult[];
};

export function summarize(results: DeliveryResult[]): Summary {
  const count = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);
  const summary: Summary = {
    sent: results.length,
    byStatus: {},
    byProvider: {},
    duplicatesAnswered: 0,
    delayed: 0,
    unexpected: [],
  };
  for (const result of results) {
    count(summary.byStatus, result.status === 0 ? "unreachable" : String(result.status));
    count(summary.byProvider, result.delivery.provider === "WEGETFINANCING" ? "WeGetFinancing" : "ChargeAfter");
    if (result.duplicate) summary.duplicatesAnswered++;
    if (result.delivery.variant === "delayed") summary.delayed++;
    if (!result.asExpected) summary.unexpected.push(result);
  }
  return summary;
}

export function formatSummary(summary: Summary): string[] {
  const list = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `${key}: ${n}`)
      .join(", ");
  const lines = [
    `Sent ${summary.sent} deliveries (${list(summary.byProvider)}).`,
    `Answers by HTTP status: ${list(summary.byStatus) || "none"}.`,
    `Answered as duplicates: ${summary.duplicatesAnswered}; sent out of order: ${summary.delayed}.`,
  ];
  if (summary.unexpected.length) {
    lines.push(`Unexpected answers: ${summary.unexpected.length}`);
    for (const result of summary.unexpected.slice(0, 10)) {
      lines.push(
        `  ${result.delivery.label}: got ${result.status}${result.duplicate !== undefined ? ` duplicate=${result.duplicate}` : ""}${result.error ? ` (${result.error})` : ""}, expected ${result.delivery.expect.status}${result.delivery.expect.duplicate !== undefined ? ` duplicate=${result.delivery.expect.duplicate}` : ""}`,
      );
    }
  } else if (summary.sent) {
    lines.push("Every answer was the one the contract asks for.");
  }
  return lines;
}

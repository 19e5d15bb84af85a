// Deliveries of the last 30 days per day received (APP_TIMEZONE) and our answer's class
// (2xx, 4xx, 5xx): what providers were told. The delivery log's `status` and `from`/`to`
// filters list the same rows. Every day of the window is present. Read from the
// 15-minute totals (DeliveryAnswerTotal): a day starts on a quarter hour in every zone.
import "server-only";

import { pgPool } from "@/lib/db/pg-pool";
import { STATUS_CLASSES, type StatusClass } from "@/lib/deliveries/find-deliveries-schema";

import type { OverviewWindow } from "./overview-window";

export type AnswerDay = { day: string } & Record<StatusClass, number>;

export async function countDeliveriesByAnswer(window: OverviewWindow, timeZone: string): Promise<AnswerDay[]> {
  const { rows } = await pgPool().query<{ day: string; answer: string; count: number }>(
    `SELECT to_char(g.day, 'YYYY-MM-DD') AS day, g.answer || 'xx' AS answer, g.count FROM (
       SELECT (t.bucket AT TIME ZONE $3)::date AS day, t.answer, sum(t.count)::int AS count
       FROM "DeliveryAnswerTotal" t WHERE t.bucket >= $1 AND t.bucket < $2
       GROUP BY 1, 2) g`,
    [window.since, window.until, timeZone],
  );
  const byDay = new Map<string, AnswerDay>(window.days.map((day) => [day, { day, "2xx": 0, "4xx": 0, "5xx": 0 }]));
  for (const row of rows) {
    const day = byDay.get(row.day);
    if (day && (STATUS_CLASSES as readonly string[]).includes(row.answer)) day[row.answer as StatusClass] += row.count;
  }
  return [...byDay.values()];
}

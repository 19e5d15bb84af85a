import { beforeEach, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { countDeliveriesByAnswer } from "@/lib/overview/count-deliveries-by-answer";
import { overviewLinks } from "@/lib/overview/overview-links";
import { overviewWindow } from "@/lib/overview/overview-window";
import { resetDatabase } from "@/test/reset-database";

import { listRows } from "./list-rows";

beforeEach(resetDatabase);

const ZONE = "America/New_York";
const NOW = new Date("2026-11-30T17:00:00Z");

it("counts deliveries per New York day by our answer's class, as the delivery log lists them", async () => {
  await makeDelivery({ receivedAt: new Date("2026-11-30T03:00:00Z") }); // 2026-11-29 in New York
  await makeDelivery({ receivedAt: new Date("2026-11-29T12:00:00Z"), responseStatus: 401, processing: "REJECTED" });
  await makeDelivery({ receivedAt: new Date("2026-11-29T13:00:00Z"), responseStatus: 503, processing: "RECEIVED" });
  await makeDelivery({ receivedAt: new Date("2026-11-30T12:00:00Z") });
  await makeDelivery({ receivedAt: new Date("2026-10-01T12:00:00Z") }); // before the window

  const window = overviewWindow(NOW, ZONE);
  const days = await countDeliveriesByAnswer(window, ZONE);
  expect(days).toHaveLength(30);
  expect(days.find((d) => d.day === "2026-11-29")).toEqual({ day: "2026-11-29", "2xx": 1, "4xx": 1, "5xx": 1 });
  expect(days.find((d) => d.day === "2026-11-30")).toEqual({ day: "2026-11-30", "2xx": 1, "4xx": 0, "5xx": 0 });
  expect(days.reduce((n, d) => n + d["2xx"] + d["4xx"] + d["5xx"], 0)).toBe(4);

  const context = { timeZone: ZONE, now: NOW };
  for (const answer of ["2xx", "4xx", "5xx"] as const)
    expect(await listRows(overviewLinks.deliveriesAnswered(answer, "2026-11-29", "2026-11-29"), context)).toBe(1);
});

it("keeps the totals with the deliveries: a batch stored in one statement and deliveries deleted", async () => {
  const window = overviewWindow(NOW, ZONE);
  const at = new Date("2026-11-20T12:00:00Z");
  const first = await makeDelivery({ receivedAt: at });
  await db()
    .$executeRaw`INSERT INTO "Delivery" (id, provider, endpoint, "receivedAt", headers, "rawBody", "bodyBytes", verification, "responseStatus", processing, "searchIds")
    SELECT gen_random_uuid(), 'CHARGEAFTER', '/api/webhooks/chargeafter', ${at}, '{}'::jsonb, '\\x'::bytea, 0, 'INVALID', 401, 'REJECTED', ARRAY[]::text[]
    FROM generate_series(1, 3)`;
  const day = async () => (await countDeliveriesByAnswer(window, ZONE)).find((d) => d.day === "2026-11-20");
  expect(await day()).toMatchObject({ "2xx": 1, "4xx": 3 });
  await db().delivery.delete({ where: { id: first.id } });
  expect(await day()).toMatchObject({ "2xx": 0, "4xx": 3 });
});

// Pages section: the server time of each list page (first page, a deep page, with and
// without filters) at 10 k and at 1 M deliveries (2.5 k and 250 k applications), as an
// admin's browser would load them; BENCH_PAGES_SCALES=10k,1M,10M adds the volume a big
// merchant reaches in years (10 M deliveries, 2.5 M applications). Goal: p95 <= 100 ms at
// the largest scale and <= 1.5x the 10 k figure.
import type pg from "pg";

import { encodeCursor } from "../../lib/pagination/keyset";
import { seedVolume } from "../../lib/seed/seed-volume";
import type { Section } from "./section";
import { signIn } from "./sign-in";
import { table } from "./table";

const KNOWN_SCALES = {
  "10k": { applications: 2_500, deliveries: 10_000 },
  "1M": { applications: 250_000, deliveries: 1_000_000 },
  "10M": { applications: 2_500_000, deliveries: 10_000_000 },
} as const;
type ScaleLabel = keyof typeof KNOWN_SCALES;

/** The scales to time, smallest first (BENCH_PAGES_SCALES, default 10k,1M). */
export function pageScales(setting = process.env.BENCH_PAGES_SCALES ?? "10k,1M") {
  const labels = setting
    .split(",")
    .map((label) => label.trim())
    .filter(Boolean);
  for (const label of labels)
    if (!(label in KNOWN_SCALES))
      throw new Error(`BENCH_PAGES_SCALES: unknown scale "${label}" (known: ${Object.keys(KNOWN_SCALES).join(", ")})`);
  if (!labels.includes("10k")) labels.unshift("10k");
  return [...new Set(labels as ScaleLabel[])]
    .map((label) => ({ label, ...KNOWN_SCALES[label] }))
    .sort((a, b) => a.deliveries - b.deliveries);
}
const REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 20);
export const GOAL = { p95Ms: 100, growth: 1.5 } as const;

export type PageCase = { name: string; path: string };
export type Timing = { name: string; path: string; status: number; p50: number; p95: number };

/** A cursor pointing at the middle of a table, as if someone paged half way down. */
export async function middleCursor(db: pg.ClientBase, table: string, time: string, id = "id"): Promise<string> {
  const { rows } = await db.query<{ at: Date; id: string }>(
    `SELECT "${time}" AS at, "${id}"::text AS id FROM "${table}" ORDER BY "${time}" DESC, "${id}" DESC OFFSET (SELECT count(*) / 2 FROM "${table}") LIMIT 1`,
  );
  const row = rows[0];
  return row ? encodeCursor({ at: row.at, id: row.id, direction: "older" }) : "";
}

async function pageCases(db: pg.ClientBase): Promise<PageCase[]> {
  const deep = {
    deliveries: await middleCursor(db, "Delivery", "receivedAt"),
    applications: await middleCursor(db, "Application", "lastEventAt"),
    orders: await middleCursor(db, "Order", "createdAt"),
    disputes: await middleCursor(db, "Dispute", "openedAt"),
  };
  return [
    { name: "deliveries, first page", path: "/deliveries" },
    { name: "deliveries, deep page", path: `/deliveries?cursor=${deep.deliveries}` },
    { name: "deliveries, failed", path: "/deliveries?processing=FAILED" },
    { name: "deliveries, ChargeAfter 4xx", path: "/deliveries?provider=CHARGEAFTER&status=4xx" },
    { name: "deliveries, search an id", path: "/deliveries?q=seed-app-77" },
    { name: "applications, first page", path: "/applications" },
    { name: "applications, deep page", path: `/applications?cursor=${deep.applications}` },
    { name: "applications, declined", path: "/applications?status=DECLINED" },
    { name: "applications, provider + lender", path: "/applications?provider=WEGETFINANCING&lender=Finara" },
    { name: "applications, search email", path: "/applications?q=customer1234%40example.com" },
    { name: "orders, first page", path: "/orders" },
    { name: "orders, deep page", path: `/orders?kind=orders&cursor=${deep.orders}` },
    { name: "orders, cancelled financing", path: "/orders?financing=CANCELLED" },
    { name: "disputes, first page", path: "/disputes" },
    { name: "disputes, deep page", path: `/disputes?cursor=${deep.disputes}` },
    { name: "disputes, open", path: "/disputes?status=OPEN" },
  ];
}

export async function timePage(baseUrl: string, cookie: string, page: PageCase): Promise<Timing> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < REQUESTS + 2; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${page.path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    status = response.status;
    if (i >= 2) times.push(performance.now() - started); // the first two warm caches
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { ...page, status, p50: at(0.5), p95: at(0.95) };
}

export const pagesSection: Section = async ({ baseUrl, credentials, db, log }) => {
  const cookie = await signIn(baseUrl, credentials.admin);
  const scales = pageScales();
  const byScale: Record<string, Timing[]> = {};
  let seeded = { applications: 0, deliveries: 0 };
  for (const [index, scale] of scales.entries()) {
    log(`pages: seeding up to ${scale.deliveries} deliveries and ${scale.applications} applications`);
    await seedVolume(
      db,
      { applications: scale.applications - seeded.applications, deliveries: scale.deliveries - seeded.deliveries },
      (line) => log(`pages: ${line}`),
      {
        prefix: index === 0 ? "seed" : `seed${String.fromCharCode(97 + index)}`,
      },
    );
    seeded = { applications: scale.applications, deliveries: scale.deliveries };
    const cases = await pageCases(db);
    byScale[scale.label] = [];
    for (const page of cases) byScale[scale.label]!.push(await timePage(baseUrl, cookie, page));
  }

  const smallest = scales[0]!.label;
  const largest = scales.at(-1)!.label;
  const small = byScale[smallest]!;
  const large = byScale[largest]!;
  const failures: string[] = [];
  const rows = large.map((timing, i) => {
    const base = small[i]!;
    const growth = timing.p95 / Math.max(base.p95, 1);
    const met = timing.status === 200 && timing.p95 <= GOAL.p95Ms && growth <= GOAL.growth;
    for (const scale of scales) {
      const status = byScale[scale.label]![i]!.status;
      if (status !== 200) failures.push(`${timing.name} at ${scale.label}: HTTP ${status}`);
    }
    return [
      timing.name,
      ...scales.flatMap((scale) => {
        const at = byScale[scale.label]![i]!;
        return [at.p50.toFixed(1), at.p95.toFixed(1)];
      }),
      growth.toFixed(2),
      met ? "met" : "NOT met",
    ];
  });
  const lines = [
    `== list pages (admin, ${REQUESTS} requests each, full HTML over loopback) ==`,
    ...table(
      [
        "page",
        ...scales.flatMap((scale) => [`${scale.label} p50`, `${scale.label} p95`]),
        `${largest}/${smallest}`,
        "goal",
      ],
      rows,
    ),
    `goal: p95 <= ${GOAL.p95Ms} ms at ${largest} rows and <= ${GOAL.growth}x the ${smallest} p95`,
  ];
  return { name: "pages", lines, failures, json: { goal: GOAL, requests: REQUESTS, scales, timings: byScale } };
};

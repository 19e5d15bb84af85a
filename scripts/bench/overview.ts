// Overview section: the server time of the overview at / (what needs attention and the
// last 30 days' charts) at seeded volumes, signed in as admin (every figure and amount)
// and as support (counts only). Seeds what earlier sections did not: by default 250 k
// applications, 1 M deliveries and 1 M funding records (BENCH_OVERVIEW_APPLICATIONS,
// BENCH_OVERVIEW_DELIVERIES, BENCH_OVERVIEW_FUNDING_ROWS). Goal: p95 < 150 ms.
import { randomBytes } from "node:crypto";

import type pg from "pg";

import { seedVolume } from "../../lib/seed/seed-volume";
import { hashPassword } from "../../lib/users/password";
import { seedFundingRecords } from "./funding";
import { timePage, type Timing } from "./pages";
import type { Section } from "./section";
import { signIn } from "./sign-in";
import { table } from "./table";

export const OVERVIEW_GOAL = { p95Ms: 150 } as const;
const WANT = {
  applications: Number(process.env.BENCH_OVERVIEW_APPLICATIONS ?? 250_000),
  deliveries: Number(process.env.BENCH_OVERVIEW_DELIVERIES ?? 1_000_000),
  funding: Number(process.env.BENCH_OVERVIEW_FUNDING_ROWS ?? 1_000_000),
};

async function countRows(db: pg.ClientBase, name: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
  return rows[0]!.n;
}

async function supportUser(db: pg.ClientBase) {
  const user = {
    email: `bench-support-${randomBytes(3).toString("hex")}@localhost.localdomain`,
    password: randomBytes(18).toString("base64url"),
  };
  await db.query(
    `INSERT INTO "User" (id, email, "passwordHash", role, "createdAt", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'SUPPORT', now(), now())`,
    [user.email, await hashPassword(user.password)],
  );
  return user;
}

export const overviewSection: Section = async ({ baseUrl, credentials, db, log }) => {
  const have = {
    applications: await countRows(db, "Application"),
    deliveries: await countRows(db, "Delivery"),
    funding: await countRows(db, "FundingRecord"),
  };
  const more = {
    applications: Math.max(0, WANT.applications - have.applications),
    deliveries: Math.max(0, WANT.deliveries - have.deliveries),
  };
  if (more.applications > 0 && more.deliveries > 0) {
    log(`overview: seeding ${more.applications} applications and ${more.deliveries} deliveries`);
    await seedVolume(db, more, (line) => log(`overview: ${line}`), { prefix: "seedov" });
  }
  if (WANT.funding > have.funding && have.funding === 0) {
    log(`overview: seeding ${WANT.funding} funding records`);
    await seedFundingRecords(db, WANT.funding);
    await db.query("ANALYZE");
  }
  const volumes = {
    applications: await countRows(db, "Application"),
    deliveries: await countRows(db, "Delivery"),
    funding: await countRows(db, "FundingRecord"),
  };

  const roles = [
    { role: "admin", cookie: await signIn(baseUrl, credentials.admin) },
    { role: "support", cookie: await signIn(baseUrl, await supportUser(db)) },
  ];
  const timings: (Timing & { role: string })[] = [];
  for (const { role, cookie } of roles)
    timings.push({ role, ...(await timePage(baseUrl, cookie, { name: `overview (${role})`, path: "/" })) });

  const failures: string[] = [];
  for (const t of timings) {
    if (t.status !== 200) failures.push(`${t.name}: HTTP ${t.status}`);
  }
  const lines = [
    `volumes: ${volumes.applications} applications, ${volumes.deliveries} deliveries, ${volumes.funding} funding records`,
    ...table(
      ["page", "p50 ms", "p95 ms", "goal"],
      timings.map((t) => [t.name, t.p50.toFixed(1), t.p95.toFixed(1), t.p95 < OVERVIEW_GOAL.p95Ms ? "met" : "NOT met"]),
    ),
    `goal: p95 < ${OVERVIEW_GOAL.p95Ms} ms`,
  ];
  return { name: "overview", lines, failures, json: { goal: OVERVIEW_GOAL, volumes, timings } };
};

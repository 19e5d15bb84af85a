// The ceiling for the CSV export: psql's \\copy of the same SELECT, timed in the same run.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

import type pg from "pg";

import { FUNDING_CSV_SELECT } from "../../lib/reconciliation/stream-funding-csv";

export type CopyResult =
  | { tool: string; rows: number; bytes: number; seconds: number; rowsPerSecond: number }
  | { tool: string; error: string };

export function connectionUrl(db: pg.Client): string {
  const url = new URL("postgresql://localhost");
  url.hostname = db.host;
  url.port = String(db.port);
  url.username = encodeURIComponent(db.user ?? "postgres");
  url.password = encodeURIComponent(db.password ?? "");
  url.pathname = `/${db.database}`;
  return url.toString();
}

function findPsql(): string | null {
  for (const candidate of ["/usr/lib/postgresql/15/bin/psql", "/usr/bin/psql", "/usr/local/bin/psql"])
    if (existsSync(candidate)) return candidate;
  return null;
}

export async function copyWithPsql(db: pg.Client): Promise<CopyResult> {
  const psql = findPsql();
  if (!psql) return { tool: "psql", error: "psql not found" };
  const sql = `\\copy (SELECT ${FUNDING_CSV_SELECT.replace(/\s+/g, " ")} FROM "FundingRecord" f ORDER BY f."transactionDate" DESC, f."transactionId" DESC) TO STDOUT WITH (FORMAT csv, HEADER)`;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", connectionUrl(db), "-c", sql], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let bytes = 0;
    let newlines = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.byteLength;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => resolve({ tool: psql, error: error.message }));
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return resolve({ tool: psql, error: stderr.trim() || `exit ${code}` });
      const rows = Math.max(0, newlines - 1);
      resolve({ tool: psql, rows, bytes, seconds, rowsPerSecond: rows / seconds });
    });
  });
}

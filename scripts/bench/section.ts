// What a benchmark section gets and gives back. scripts/bench.ts runs the sections in order
// against one running app; each writes bench-results/<name>.json.
import type pg from "pg";

import type { BenchConfig, BenchCredentials } from "./config";

export type SectionContext = {
  baseUrl: string;
  /** The app's process id: Node, Next and the embedded PostgreSQL run under it. */
  appPid: number;
  config: BenchConfig;
  credentials: BenchCredentials;
  /** A connection to the app's database, for checks the HTTP answers cannot show. */
  db: pg.Client;
  databaseDescription: string;
  log: (line: string) => void;
};

export type SectionResult = {
  name: string;
  /** The summary as printed. */
  lines: string[];
  /** Written to bench-results/<name>.json. */
  json: Record<string, unknown>;
  /** Non-empty: the run exits non-zero, listing these. */
  failures: string[];
};

export type Section = (context: SectionContext) => Promise<SectionResult>;

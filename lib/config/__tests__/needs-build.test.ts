import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { needsBuild } from "@/lib/config/needs-build";

const made: string[] = [];
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), "needs-build-"));
  made.push(root);
  return root;
}

/** A project folder with a build made at `builtAt` and the given files, each touched at its time. */
function project(builtAt: Date, files: Record<string, Date>): string {
  const root = folder();
  mkdirSync(path.join(root, ".next"));
  for (const [file, time] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
    utimesSync(path.join(root, file), time, time);
  }
  writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
  utimesSync(path.join(root, ".next", "BUILD_ID"), builtAt, builtAt);
  return root;
}

// Relative to now: the folders themselves are made now, before the build.
const built = new Date(Date.now() + 3_600_000);
const before = new Date(Date.now() - 3_600_000);
const after = new Date(Date.now() + 7_200_000);

describe("needsBuild", () => {
  it("is false when every source is older than the build", () => {
    expect(needsBuild(project(built, { "app/page.tsx": before, "instrumentation.ts": before }))).toBe(false);
  });

  it("rebuilds for a changed page, proxy or instrumentation hook", () => {
    expect(needsBuild(project(built, { "app/page.tsx": after }))).toBe(true);
    expect(needsBuild(project(built, { "proxy.ts": after }))).toBe(true);
    expect(needsBuild(project(built, { "instrumentation.ts": after }))).toBe(true);
  });

  it("ignores tests beside the code, which the build does not include", () => {
    expect(needsBuild(project(built, { "lib/x/__tests__/x.test.ts": after }))).toBe(false);
  });

  it("builds when there is no build yet", () => {
    expect(needsBuild(folder())).toBe(true);
  });
});

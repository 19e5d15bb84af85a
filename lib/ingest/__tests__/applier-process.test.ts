import { spawn, type ChildProcess } from "node:child_process";

import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { POST } from "@/app/api/webhooks/chargeafter/route";
import { db } from "@/lib/db/client";
import { caRequest, configureProviders } from "@/test/provider-requests";
import { resetDatabase } from "@/test/reset-database";

beforeAll(() => configureProviders());
beforeEach(resetDatabase);

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  configureProviders({ APPLIER: undefined });
});

/** scripts/applier.ts as npm start runs it; resolves once it listens. */
function startApplier(): Promise<ChildProcess> {
  const started = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/applier.ts"], {
    env: { ...process.env, APPLIER: "in-process" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = started;
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("applier ready")) resolve(started);
    };
    started.stdout!.on("data", onData);
    started.stderr!.on("data", onData);
    started.once("exit", (code) => reject(new Error(`the applier exited (${code}) before it was ready:\n${output}`)));
  });
}

/** A delivery posted to a dashboard run by npm start (APPLIER=separate); its id. */
async function postAsDashboard(applicationId: string): Promise<string> {
  configureProviders({ APPLIER: "separate" });
  const body = { eventType: "application.created", createdAt: "2026-11-02T10:00:00Z", applicationId };
  return ((await (await POST(caRequest(body))).json()) as { deliveryId: string }).deliveryId;
}

async function processingOf(id: string, within: number): Promise<string> {
  const until = Date.now() + within;
  for (;;) {
    const { processing } = await db().delivery.findUniqueOrThrow({ where: { id }, select: { processing: true } });
    if (processing !== "RECEIVED" || Date.now() > until) return processing;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the applier process (APPLIER=separate)", () => {
  it("applies what the receivers store as soon as their NOTIFY wakes it, and stops cleanly on SIGTERM", async () => {
    const applier = await startApplier();
    const id = await postAsDashboard("app_sep");
    // Well within the 5 s sweep: the notification woke it.
    expect(await processingOf(id, 2_500)).toBe("APPLIED");
    expect(await db().application.count({ where: { externalId: "app_sep" } })).toBe(1);

    const exited = new Promise<number | null>((resolve) => applier.once("exit", (code) => resolve(code)));
    applier.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);

  it("in this process, the dashboard stores and leaves applying to the applier process", async () => {
    expect(await processingOf(await postAsDashboard("app_sep2"), 500)).toBe("RECEIVED");
  });
});

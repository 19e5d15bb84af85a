// npm run endpoint -- add <url> [--events a,b]
// npm run endpoint -- list
// npm run endpoint -- remove <url>
// Attaches to the running dashboard's embedded database, or starts it for the command.
import { parseArgs } from "node:util";

import { ZodError } from "zod";

import { commandLineActor } from "../lib/audit/actor";
import { withDatabase } from "../lib/db/with-database";
import { UserFacingError } from "../lib/errors/user-facing-error";
import { changeEventEndpoint } from "../lib/events/change-event-endpoint";
import { createEventEndpoint } from "../lib/events/create-event-endpoint";
import { listEventEndpoints } from "../lib/events/list-event-endpoints";

const usage = `Usage:
  npm run endpoint -- add <url> [--events order.created,order.cancelled]   (no --events: every type)
  npm run endpoint -- list
  npm run endpoint -- remove <url>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { events: { type: "string" }, help: { type: "boolean", short: "h" } },
  strict: false,
});
const [command, url] = positionals;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

if (values.help || !command) fail(usage, values.help ? 0 : 2);
if (!["add", "list", "remove"].includes(command)) fail(`Unknown command "${command}".\n${usage}`);
if ((command === "add" || command === "remove") && !url) fail(`${command} needs the endpoint's URL.\n${usage}`);

try {
  await withDatabase(async () => {
    const actor = commandLineActor();
    if (command === "add") {
      const events = typeof values.events === "string" ? values.events : "";
      const created = await createEventEndpoint({ url: url!, eventTypes: events }, actor);
      console.log(
        `Added ${created.url} (${created.eventTypes.length ? created.eventTypes.join(", ") : "every event type"}).`,
      );
      console.log(`Secret: ${created.secret}`);
      console.log("(shown once: verify each event's webhook-signature with it, per Standard Webhooks)");
    } else if (command === "remove") {
      const removed = await changeEventEndpoint({ url: url! }, "remove", actor);
      console.log(`Removed ${removed.url}: no more events go to it.`);
    } else {
      const endpoints = await listEventEndpoints();
      if (!endpoints.length) return console.log("No event endpoints yet.");
      const rows = endpoints.map((e) => [
        e.url,
        e.eventTypes.length ? e.eventTypes.join(",") : "all",
        e.disabledAt ? "disabled" : e.failingSince ? "failing" : "enabled",
        `${e.succeeded}/${e.pending}/${e.failed}`,
      ]);
      const header = ["URL", "EVENTS", "STATE", "SENT/WAITING/FAILED"];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const row of [header, ...rows])
        console.log(
          row
            .map((c, i) => c.padEnd(widths[i]!))
            .join("  ")
            .trimEnd(),
        );
    }
  });
} catch (error) {
  if (error instanceof UserFacingError) fail(error.message, 1);
  if (error instanceof ZodError) fail(error.issues.map((issue) => issue.message).join("\n"), 2);
  fail(`endpoint ${command} failed: ${(error as Error).message}`, 1);
}

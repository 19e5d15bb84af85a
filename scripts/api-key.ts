// npm run api-key -- create <name> --scope read|write
// npm run api-key -- list
// npm run api-key -- revoke <name>
// Attaches to the running dashboard's embedded database, or starts it for the command.
import { parseArgs } from "node:util";

import { ZodError } from "zod";

import { createApiKey } from "../lib/api-keys/create-api-key";
import { listApiKeys } from "../lib/api-keys/list-api-keys";
import { revokeApiKey } from "../lib/api-keys/revoke-api-key";
import { commandLineActor } from "../lib/audit/actor";
import { withDatabase } from "../lib/db/with-database";
import { UserFacingError } from "../lib/errors/user-facing-error";

const usage = `Usage:
  npm run api-key -- create <name> --scope read|write
  npm run api-key -- list
  npm run api-key -- revoke <name>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scope: { type: "string" }, help: { type: "boolean", short: "h" } },
  strict: false,
});
const [command, ...rest] = positionals;
// A name may have spaces: the words after the command are the name.
const name = rest.join(" ");

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

if (values.help || !command) fail(usage, values.help ? 0 : 2);
if (!["create", "list", "revoke"].includes(command)) fail(`Unknown command "${command}".\n${usage}`);
if ((command === "create" || command === "revoke") && !name) fail(`${command} needs the key's name.\n${usage}`);
if (command === "create" && typeof values.scope !== "string") fail(`create needs --scope read or write.\n${usage}`);

try {
  await withDatabase(async () => {
    const actor = commandLineActor();
    if (command === "create") {
      const created = await createApiKey({ name, scope: String(values.scope) }, actor);
      console.log(`Created API key "${created.name}" (${created.scope.toLowerCase()}).`);
      console.log(`Key: ${created.key}`);
      console.log("(shown once: only its hash is kept; send it as Authorization: Bearer <key>)");
    } else if (command === "revoke") {
      const revoked = await revokeApiKey(name, actor);
      console.log(`Revoked API key "${revoked.name}" (${revoked.prefix}…): it is refused from now on.`);
    } else {
      const keys = await listApiKeys();
      if (!keys.length) return console.log("No API keys yet.");
      printTable(
        ["NAME", "SCOPE", "KEY", "CREATED BY", "CREATED", "LAST USED"],
        keys.map((k) => [
          k.name,
          k.scope.toLowerCase(),
          `${k.prefix}…`,
          k.createdByEmail,
          k.createdAt.toISOString(),
          k.lastUsedAt?.toISOString() ?? "never",
        ]),
      );
    }
  });
} catch (error) {
  if (error instanceof UserFacingError) fail(error.message, 1);
  if (error instanceof ZodError) fail(error.issues.map((issue) => issue.message).join("\n"), 2);
  fail(`api-key ${command} failed: ${(error as Error).message}`, 1);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  console.log([header, ...rows].map((row) => line(row).trimEnd()).join("\n"));
}

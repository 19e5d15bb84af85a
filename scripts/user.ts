// npm run user -- create <email> --role <support|finance|admin> [--password <pw>] [--name <name>]
// npm run user -- reset-password <email> [--password <pw>]
// npm run user -- list
import { parseArgs } from "node:util";

import { ZodError } from "zod";

import { commandLineActor } from "../lib/audit/actor";
import { withDatabase } from "../lib/db/with-database";
import { UserFacingError } from "../lib/errors/user-facing-error";
import { createUser } from "../lib/users/create-user";
import { findUserIdByEmail } from "../lib/users/find-user";
import { listUsers } from "../lib/users/list-users";
import { resetUserPassword } from "../lib/users/reset-user-password";

const usage = `Usage:
  npm run user -- create <email> --role <support|finance|admin> [--password <pw>] [--name <name>]
  npm run user -- reset-password <email> [--password <pw>]
  npm run user -- list`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  strict: false,
});
const [command, email] = positionals;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

if (values.help || !command) fail(usage, values.help ? 0 : 2);
if ((command === "create" || command === "reset-password") && !email) fail(`${command} needs an email.\n${usage}`);
if (command === "create" && !values.role) fail(`create needs --role support, finance or admin.\n${usage}`);
if (!["create", "reset-password", "list"].includes(command)) fail(`Unknown command "${command}".\n${usage}`);

const password = typeof values.password === "string" ? values.password : undefined;

try {
  await withDatabase(async () => {
    const actor = commandLineActor();
    if (command === "create") {
      const { user, generatedPassword } = await createUser(
        {
          email: email!,
          role: String(values.role),
          name: typeof values.name === "string" ? values.name : undefined,
          password,
        },
        actor,
      );
      console.log(`Created ${user.email} (${user.role.toLowerCase()}).`);
      if (generatedPassword)
        console.log(
          `Password: ${generatedPassword}\n(shown once; the user can be given a new one with reset-password)`,
        );
    } else if (command === "reset-password") {
      const { user, generatedPassword } = await resetUserPassword(await findUserIdByEmail(email!), password, actor);
      console.log(
        `New password set for ${user.email}; their other sessions are signed out and any sign-in lock is lifted.`,
      );
      if (generatedPassword) console.log(`Password: ${generatedPassword}`);
    } else {
      const users = await listUsers();
      if (!users.length) return console.log("No users yet.");
      const rows = users.map((u) => [
        u.email,
        u.role.toLowerCase(),
        u.disabledAt ? "disabled" : "active",
        u.lastSignInAt?.toISOString() ?? "never",
      ]);
      const header = ["EMAIL", "ROLE", "STATUS", "LAST SIGN-IN"];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const row of [header, ...rows])
        console.log(
          row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join("  ")
            .trimEnd(),
        );
    }
  });
} catch (error) {
  if (error instanceof UserFacingError) fail(error.message, 1);
  if (error instanceof ZodError) fail(error.issues.map((issue) => issue.message).join("\n"), 2);
  fail(`user ${command} failed: ${(error as Error).message}`, 1);
}

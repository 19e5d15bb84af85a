// Who did something: a signed-in staff member, or the command line.
import { userInfo } from "node:os";

export type Actor = { id: string | null; email: string };

export function commandLineActor(): Actor {
  let name = "unknown";
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep "unknown".
  }
  return { id: null, email: `cli:${name}` };
}

export const systemActor: Actor = { id: null, email: "system" };

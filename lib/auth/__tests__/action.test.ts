import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { OrderHoldError } from "@/lib/orders/decide-order-hold";

// The chain's first link (who is signed in, may they) is the session module's: stand in for it.
const signedIn: SessionUser = {
  id: "8f0b7a52-5d8e-4c3a-9d55-0e6f3f1c2b11",
  email: "staff@x.test",
  name: null,
  role: "SUPPORT",
};
vi.mock("@/lib/auth/session", () => ({ requirePermission: async () => signedIn }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const idle = { status: "idle" } as const;

describe("defineAction", () => {
  it("hands the session user to the work as its actor", async () => {
    const run = vi.fn(async () => ({ message: "done" }));
    const action = defineAction("viewOperations", z.object({ note: z.string() }), run);
    expect(await action(idle, form({ note: "x" }))).toEqual({ status: "ok", message: "done" });
    expect(run).toHaveBeenCalledWith({ note: "x" }, signedIn);
  });

  it("shows a user-facing error's message and field errors, whichever domain threw it", async () => {
    const refused = defineAction("viewOperations", z.object({}), async () => {
      throw new UserFacingError("That user no longer exists.", { email: ["Taken."] });
    });
    expect(await refused(idle, form({}))).toEqual({
      status: "error",
      message: "That user no longer exists.",
      fieldErrors: { email: ["Taken."] },
    });
    const held = defineAction("viewOperations", z.object({}), async () => {
      throw new OrderHoldError("Only an order on hold can be reopened.");
    });
    expect(await held(idle, form({}))).toMatchObject({
      status: "error",
      message: "Only an order on hold can be reopened.",
    });
  });

  it("answers invalid input per field without running the work", async () => {
    const run = vi.fn();
    const action = defineAction("viewOperations", z.object({ amount: z.string().min(1, "Give an amount.") }), run);
    expect(await action(idle, form({ amount: "" }))).toEqual({
      status: "error",
      message: "Check the highlighted fields.",
      fieldErrors: { amount: ["Give an amount."] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("never shows other errors' messages: they stay server errors", async () => {
    const action = defineAction("viewOperations", z.object({}), async () => {
      throw new Error("connection string postgres://secret@db");
    });
    await expect(action(idle, form({}))).rejects.toThrow("postgres://secret@db");
  });
});

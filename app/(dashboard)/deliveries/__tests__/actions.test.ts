// The replay actions refuse on the server what canReplay refuses, even for a crafted request.
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formOf as form, idle } from "@/lib/deliveries/__tests__/action-form";
import { makeDelivery } from "@/lib/deliveries/__tests__/make-delivery";
import { resetDatabase } from "@/test/reset-database";

import { replayChunkAction, replayDeliveryAction } from "../actions";

const admin: SessionUser = {
  id: "8f0b7a52-5d8e-4c3a-9d55-0e6f3f1c2b12",
  email: "ada@x.test",
  name: null,
  role: "ADMIN",
};
vi.mock("@/lib/auth/session", () => ({ requirePermission: async () => admin }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const refusedDelivery = () =>
  makeDelivery({ eventType: null, verification: "INVALID", processing: "REJECTED", responseStatus: 401 });

beforeEach(async () => {
  await resetDatabase();
  await db().user.create({ data: { id: admin.id, email: admin.email, passwordHash: "x", role: "ADMIN" } });
});

describe("replay actions", () => {
  it("refuse a delivery that was never verified, in words, touching nothing", async () => {
    const { id } = await refusedDelivery();
    expect(await replayDeliveryAction(idle, form({ id }))).toEqual({
      status: "error",
      message: "Not replayed: It was not verified when it arrived (wrong): a replay would be refused again.",
    });
    const unreadable = await makeDelivery({ processing: "INVALID", rawBody: new Uint8Array([0x7b]) });
    expect(await replayDeliveryAction(idle, form({ id: unreadable.id }))).toMatchObject({
      status: "error",
      message: expect.stringContaining("Today's parser cannot read it either"),
    });
    expect(await db().auditLog.count()).toBe(0);
  });

  it("leave refused ones of a chunk as they are and replay the others", async () => {
    const refused = await refusedDelivery();
    const failed = await makeDelivery({ processing: "FAILED" });
    const state = await replayChunkAction(idle, form({ ids: `${refused.id},${failed.id}` }));
    expect(state).toMatchObject({ status: "ok", data: { done: 2, unchanged: 1 } });
    const counts = await db().delivery.findMany({ select: { id: true, replayCount: true } });
    expect(new Map(counts.map((row) => [row.id, row.replayCount]))).toEqual(
      new Map([
        [refused.id, 0],
        [failed.id, 1],
      ]),
    );
  });
});

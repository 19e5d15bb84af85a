import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { findByValidId } from "@/lib/db/find-by-valid-id";

const schema = z.uuid();

describe("findByValidId", () => {
  it("answers null without a lookup for a value the schema refuses", async () => {
    const lookup = vi.fn(async () => "found");
    expect(await findByValidId(schema, "not-a-uuid", lookup)).toBeNull();
    expect(lookup).not.toHaveBeenCalled();
  });

  it("looks a valid id up lowercased", async () => {
    const lookup = vi.fn(async (id: string) => `row ${id}`);
    const id = "0195D2A8-7F3B-7C4E-9A1B-2C3D4E5F6A7B";
    expect(await findByValidId(schema, id, lookup)).toBe(`row ${id.toLowerCase()}`);
  });
});

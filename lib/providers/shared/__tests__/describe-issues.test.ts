import { describe, expect, it } from "vitest";
import { z } from "zod";

import { describeFirstIssue, describeIssues } from "@/lib/providers/shared/describe-issues";

const schema = z.object({
  a: z.string({ error: "is missing" }),
  b: z.object({ c: z.number({ error: "must be a number" }) }),
});
const error = (value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected issues");
  return parsed.error;
};

describe("issue descriptions", () => {
  it("names the field's path before the message", () => {
    expect(describeIssues(error({ b: { c: "x" } }))).toEqual(["a is missing", "b.c must be a number"]);
    expect(describeIssues(error({ b: {} }), { separator: ": " })).toEqual(["a: is missing", "b.c: must be a number"]);
    expect(describeFirstIssue(error({ b: { c: 1 } }), "no issue")).toBe("a is missing");
  });

  it("names the root only when asked, and falls back when zod named no issue", () => {
    const top = z.object({}, { error: "must be an object" }).safeParse(1).error!;
    expect(describeIssues(top)).toEqual(["must be an object"]);
    expect(describeIssues(top, { root: "body" })).toEqual(["body must be an object"]);
    expect(describeFirstIssue(new z.ZodError([]), "body is invalid")).toBe("body is invalid");
  });
});

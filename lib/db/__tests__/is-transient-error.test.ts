import { describe, expect, it } from "vitest";
import { isTransientDatabaseError } from "../is-transient-error";

describe("isTransientDatabaseError", () => {
  it.each([
    [{ code: "ECONNREFUSED" }, true],
    [{ code: "57P01" }, true],
    [{ code: "40P01" }, true],
    [{ message: "x", cause: { code: "08006" } }, true],
    [new Error("Raw query failed. Code: `57P03`. Message: `the database system is starting up`"), true],
    [{ code: "23505" }, false],
    [new Error("Cannot read properties of undefined"), false],
  ])("%o → %s", (error, expected) => {
    expect(isTransientDatabaseError(error)).toBe(expected);
  });
});

import { expect, it } from "vitest";

import { describeBody } from "@/lib/deliveries/describe-body";

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

it("pretty-prints JSON, lists a URL-encoded form, keeps other text, and spots binary", () => {
  expect(describeBody(bytes('{"a":1,"b":[2]}'), "application/json; charset=utf-8")).toEqual({
    kind: "json",
    text: '{"a":1,"b":[2]}',
    pretty: '{\n  "a": 1,\n  "b": [\n    2\n  ]\n}',
  });
  expect(
    describeBody(bytes("inv_id=abc&inv_status=Auth&cust_id_ext=x%20y"), "application/x-www-form-urlencoded"),
  ).toMatchObject({
    kind: "form",
    pairs: [
      ["inv_id", "abc"],
      ["inv_status", "Auth"],
      ["cust_id_ext", "x y"],
    ],
  });
  expect(describeBody(bytes("{not json"), "application/json")).toEqual({ kind: "text", text: "{not json" });
  expect(describeBody(new Uint8Array([0xff, 0xfe, 0x00]), "application/octet-stream")).toEqual({
    kind: "binary",
    bytes: 3,
  });
  expect(describeBody(new Uint8Array(), null)).toEqual({ kind: "empty" });
});

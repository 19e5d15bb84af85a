// LF record ends to CRLF, line breaks inside quoted cells kept, however the bytes are chunked.
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CsvCrlf } from "@/lib/csv/csv-crlf";

const bytes = (text: string) => Buffer.from(text, "utf8");
const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString("utf8");

function convertInChunks(input: Uint8Array, cuts: number[]): { output: string; records: number } {
  const crlf = new CsvCrlf();
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, input.length]) {
    parts.push(crlf.convert(input.subarray(from, cut)));
    from = cut;
  }
  return { output: text(parts), records: crlf.records };
}

// As COPY writes it: LF record ends; a cell with a quote, comma, CR or LF quoted, quotes doubled.
const LF_CSV = 'id,name,note\n1,"Jo ""JJ"" Smith","line1\nline2"\n2,"a,b","\r\n"\n3,"""",""""""\n4,Zoë,"x\n""\n""y"\n';
const CRLF_CSV =
  'id,name,note\r\n1,"Jo ""JJ"" Smith","line1\nline2"\r\n2,"a,b","\r\n"\r\n3,"""",""""""\r\n4,Zoë,"x\n""\n""y"\r\n';

describe("CsvCrlf", () => {
  it("ends records with CRLF and keeps line breaks inside quoted cells as they were", () => {
    expect(convertInChunks(bytes(LF_CSV), [])).toEqual({ output: CRLF_CSV, records: 5 });
  });

  it("gives the same bytes wherever one chunk boundary falls, inside quotes and UTF-8 sequences included", () => {
    const input = bytes(LF_CSV);
    for (let cut = 0; cut <= input.length; cut++)
      expect(convertInChunks(input, [cut]), `cut at ${cut}`).toEqual({ output: CRLF_CSV, records: 5 });
  });

  it("gives the same bytes one byte at a time, and for empty chunks", () => {
    const input = bytes(LF_CSV);
    const cuts = Array.from({ length: input.length }, (_, i) => i);
    expect(convertInChunks(input, [0, 0, ...cuts])).toEqual({ output: CRLF_CSV, records: 5 });
  });

  it("handles more record ends in one chunk than its first buffer of positions holds", () => {
    const rows = "a,b\n".repeat(5000);
    expect(convertInChunks(bytes(rows), [])).toEqual({ output: "a,b\r\n".repeat(5000), records: 5000 });
  });

  // csv-stringify quotes as COPY does when told to quote cells with any line break.
  it("agrees with csv-stringify's CRLF output for any cells and any chunking", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\n", "\r", " ", "'") });
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.array(fc.nat()), (rows, rawCuts) => {
        const lf = bytes(stringify(rows, { record_delimiter: "\n", quote_record_delimiter: true }));
        const cuts = rawCuts.map((c) => c % (lf.length + 1)).sort((a, b) => a - b);
        const { output, records } = convertInChunks(lf, cuts);
        expect(output).toBe(stringify(rows, { record_delimiter: "\r\n", quote_record_delimiter: true }));
        expect(records).toBe(rows.length);
      }),
    );
  });
});

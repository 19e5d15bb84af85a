// PostgreSQL's COPY ends CSV records with LF; RFC 4180 (and CONTRACT.md) wants CRLF. A line
// break inside a quoted cell is data and stays byte for byte. Chunks split records (and
// quoted cells) anywhere, so whether we are inside quotes carries from one chunk to the next.

const LF = 10;
const CR = 13;
const QUOTE = 34;

export class CsvCrlf {
  /** Record ends seen so far (the header's included). */
  records = 0;
  private quoted = false;
  private ends: Int32Array = new Int32Array(1024);

  /** The chunk with each record-ending LF written as CRLF, in a new buffer. */
  convert(chunk: Uint8Array): Uint8Array {
    let count = 0;
    let quote = chunk.indexOf(QUOTE);
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, lf + 1)) {
      // Each " before this LF toggles; an escaped "" toggles twice.
      for (; quote !== -1 && quote < lf; quote = chunk.indexOf(QUOTE, quote + 1)) this.quoted = !this.quoted;
      if (this.quoted) continue;
      if (count === this.ends.length) this.ends = grow(this.ends);
      this.ends[count++] = lf;
    }
    for (; quote !== -1; quote = chunk.indexOf(QUOTE, quote + 1)) this.quoted = !this.quoted;
    this.records += count;

    const out = new Uint8Array(chunk.length + count);
    let from = 0;
    let to = 0;
    for (let i = 0; i < count; i++) {
      const lf = this.ends[i]!;
      out.set(chunk.subarray(from, lf), to);
      to += lf - from;
      out[to++] = CR;
      out[to++] = LF;
      from = lf + 1;
    }
    out.set(chunk.subarray(from), to);
    return out;
  }
}

function grow(ends: Int32Array): Int32Array {
  const bigger = new Int32Array(ends.length * 2);
  bigger.set(ends);
  return bigger;
}

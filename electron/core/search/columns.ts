// Column types for per-document metadata held in typed arrays: a string column is one joined
// string plus offsets (no string object per document until one is asked for), a dictionary
// column maps each document to a code into a small list of distinct values.

export class StringColumn {
  constructor(
    readonly text: string,
    /** n + 1 offsets into text. */
    readonly offsets: Int32Array,
  ) {}
  static from(values: readonly string[]): StringColumn {
    const offsets = new Int32Array(values.length + 1);
    let at = 0;
    values.forEach((v, i) => {
      offsets[i] = at;
      at += v.length;
    });
    offsets[values.length] = at;
    return new StringColumn(values.join(''), offsets);
  }
  get length(): number {
    return this.offsets.length - 1;
  }
  get(i: number): string {
    return this.text.slice(this.offsets[i]!, this.offsets[i + 1]!);
  }
}

/** What search reads from a column of strings: its length and one value. */
export interface Strings {
  readonly length: number;
  get(i: number): string;
}

/** Columns read as one without joining their text. A joined string is a rope that V8 flattens on
 * its first read, copying every title or id of the library (5–20 ms at 10,000 documents), and that
 * first read was the first search after each import. Always this class, over rows of one class
 * (ChunkedStrings of StringColumns), whatever it joins: the search code is compiled for the classes
 * it meets, and new ones at the first import sent it back to slower tiers in the search after it. */
export class JoinedStrings implements Strings {
  private constructor(
    private readonly parts: ChunkedStrings[],
    /** Index of each part's first value, and the total at the end. */
    private readonly starts: Int32Array,
  ) {}
  static of(a: Strings, b: Strings): JoinedStrings {
    const parts = [a, b].flatMap((x) =>
      x instanceof JoinedStrings
        ? x.parts
        : x.length === 0
          ? []
          : [x instanceof ChunkedStrings ? x : ChunkedStrings.whole(x)],
    );
    const starts = new Int32Array(parts.length + 1);
    parts.forEach((p, i) => (starts[i + 1] = starts[i]! + p.length));
    return new JoinedStrings(parts, starts);
  }
  get length(): number {
    return this.starts[this.parts.length]!;
  }
  /** A scan from the first part (the bundle's; parts are few): it runs the same operations for
   * one part as for several, where a binary search's loop never ran before the first import and
   * sent the search code inlining it back to slower tiers when it did. */
  get(i: number): string {
    let p = -1;
    do p++;
    while (i >= this.starts[p + 1]!);
    return this.parts[p]!.get(i - this.starts[p]!);
  }
}

/** A column of strings stored in rows of `per` values, each row read when one of its values is
 * first asked for. The bundle's ids and titles (6 MB at 50 M characters) are read this way: a
 * search shows twenty of them, and reading them whole was most of a first search's metadata load. */
export class ChunkedStrings implements Strings {
  private readonly rows = new Map<number, Strings>();
  constructor(
    readonly length: number,
    private readonly per: number,
    private readonly load: (chunk: number) => Strings,
  ) {}
  /** A column held whole, as one row read already. */
  static whole(column: Strings): ChunkedStrings {
    const c = new ChunkedStrings(column.length, Math.max(1, column.length), () => column);
    c.rows.set(0, column);
    return c;
  }
  get(i: number): string {
    const c = Math.floor(i / this.per);
    let row = this.rows.get(c);
    if (!row) this.rows.set(c, (row = this.load(c)));
    return row.get(i - c * this.per);
  }
}

export class Dictionary {
  readonly values: string[] = [];
  private codes = new Map<string, number>();
  constructor(values: readonly string[] = []) {
    for (const v of values) this.code(v);
  }
  code(v: string): number {
    let c = this.codes.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.codes.set(v, c);
    }
    return c;
  }
  has(v: string): boolean {
    return this.codes.has(v);
  }
}

/** Several values per document (speakers): offsets (n + 1) into a list of codes. */
export interface MultiColumn {
  offsets: Int32Array;
  codes: Int32Array;
}

export function multiFrom(lists: readonly number[][]): MultiColumn {
  const offsets = new Int32Array(lists.length + 1);
  let at = 0;
  lists.forEach((l, i) => {
    offsets[i] = at;
    at += l.length;
  });
  offsets[lists.length] = at;
  const codes = new Int32Array(at);
  lists.forEach((l, i) => codes.set(l, offsets[i]!));
  return { offsets, codes };
}

export function multiConcat(a: MultiColumn, b: MultiColumn): MultiColumn {
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + b.offsets.length);
  offsets.set(a.offsets.subarray(0, n));
  const base = a.codes.length;
  for (let i = 0; i < b.offsets.length; i++) offsets[n + i] = base + b.offsets[i]!;
  const codes = new Int32Array(a.codes.length + b.codes.length);
  codes.set(a.codes);
  codes.set(b.codes, base);
  return { offsets, codes };
}

/** Sort key of an ISO-like date (`2021`, `2021-05`, `2021-05-07`): yyyymmdd, missing parts 0, no date -1.
 * Orders exactly like comparing the strings. */
export function dateKey(date: string | null): number {
  if (!date) return -1;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  return m ? Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0) : 0;
}

/** Date strings by key, made once: every hit of a result page shows its date, and the padding and
 * formatting cost several times a Map read. Bounded: past this many distinct dates, made each time. */
const dateStrings = new Map<number, string>();
const DATES_KEPT = 1 << 16;

/** The date a key stands for (inverse of dateKey for ISO-like dates), null for no date. */
export function dateOfKey(k: number): string | null {
  if (k < 0) return null;
  let s = dateStrings.get(k);
  if (s === undefined) {
    s = formatDateKey(k);
    if (dateStrings.size < DATES_KEPT) dateStrings.set(k, s);
  }
  return s;
}

function formatDateKey(k: number): string {
  const y = String(Math.floor(k / 10000)).padStart(4, '0');
  const m = Math.floor(k / 100) % 100;
  const d = k % 100;
  if (m === 0) return y;
  const mm = String(m).padStart(2, '0');
  return d === 0 ? `${y}-${mm}` : `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

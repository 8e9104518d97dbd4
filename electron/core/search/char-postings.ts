// Single-character postings for the read-only bundle: for each folded character, the FTS rowids
// of the documents containing it (delta varints in a blob). One-character queries on common
// characters match most of the library; answering them from the bigram index means merging
// thousands of prefix terms and scoring every document (≈100 ms at 13.5 M chars). This table
// answers them in a few milliseconds for ~10% of the index size.
import type Database from 'better-sqlite3';
import { runsOf } from './bigram-tokens.js';
import { stmt } from './stmt-cache.js';

export const CHAR_POSTINGS_SQL = `CREATE TABLE search_chars (ch TEXT PRIMARY KEY, docs BLOB NOT NULL) WITHOUT ROWID;`;

/** Accumulates postings while documents are indexed in rowid order. */
export class CharPostingsBuilder {
  private lists = new Map<string, number[]>();
  add(rowid: number, foldedTexts: string[]): void {
    const seen = new Set<string>();
    for (const t of foldedTexts) for (const run of runsOf(t)) for (const ch of run) seen.add(ch);
    for (const ch of seen) {
      const l = this.lists.get(ch);
      if (l) l.push(rowid);
      else this.lists.set(ch, [rowid]);
    }
  }
  write(db: Database.Database): void {
    db.exec(`DROP TABLE IF EXISTS search_chars; ${CHAR_POSTINGS_SQL}`);
    const ins = db.prepare('INSERT INTO search_chars (ch, docs) VALUES (?, ?)');
    for (const [ch, rowids] of this.lists) ins.run(ch, encode(rowids));
  }
}

function encode(sorted: number[]): Buffer {
  const bytes: number[] = [];
  let prev = 0;
  for (const r of sorted) {
    let d = r - prev;
    prev = r;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    bytes.push(d);
  }
  return Buffer.from(bytes);
}

function decode(buf: Uint8Array): number[] {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < buf.length;) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = buf[i++]!;
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += d;
    out.push(prev);
  }
  return out;
}

const hasTable = new WeakMap<Database.Database, boolean>();
export function hasCharPostings(db: Database.Database): boolean {
  let v = hasTable.get(db);
  if (v === undefined) {
    v = stmt(db, "SELECT 1 FROM sqlite_master WHERE name = 'search_chars'").get() !== undefined;
    hasTable.set(db, v);
  }
  return v;
}

/** The encoded single character of a one-character folded term, or null for longer terms. */
export function singleChar(foldedTerm: string): string | null {
  const runs = runsOf(foldedTerm);
  return runs.length === 1 && runs[0]!.length === 1 ? runs[0]![0]! : null;
}

/** Rowids of documents containing the encoded character. */
export function docsWithChar(db: Database.Database, ch: string): number[] {
  const blob = stmt(db, 'SELECT docs FROM search_chars WHERE ch = ?').pluck().get(ch) as Buffer | undefined;
  return blob ? decode(blob) : [];
}

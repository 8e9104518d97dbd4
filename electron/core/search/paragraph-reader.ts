// Reads a document's paragraphs in batches without loading the whole JSON array: SQLite's substr
// returns the next slice of the stored `[{"kind":"p","text":"…"},…]` text, complete objects are
// parsed and the rest is read again with the next slice. Reading a 9 KB article costs a third
// when only its first paragraphs are needed. Any surprise in the format falls back to one read.
import type Database from 'better-sqlite3';
import type { Paragraph } from '../../contract/api.js';
import { decodeUtf8 } from '../db/utf8-text.js';
import { stmt } from './stmt-cache.js';

const FIRST_SLICE = 1500;

/** Code points in s (SQLite's substr counts characters, JavaScript counts UTF-16 units). */
function codePoints(s: string): number {
  // Most text has no astral characters: one native scan instead of a loop over every unit.
  if (!ASTRAL.test(s)) return s.length;
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

export function paragraphReader(db: Database.Database, table: string, id: string): () => Paragraph[] | null {
  const slice = stmt(db, `SELECT CAST(substr(paragraphs, ?, ?) AS BLOB) FROM ${table} WHERE id = ?`).pluck();
  let cursor = 2; // 1-based, after '['
  let size = FIRST_SLICE;
  let done = false;
  let returned = 0;
  /** Everything not returned yet, from one full parse. */
  const rest = (): Paragraph[] | null => {
    done = true;
    const json = decodeUtf8(
      stmt(db, `SELECT CAST(paragraphs AS BLOB) FROM ${table} WHERE id = ?`).pluck().get(id) as Buffer | undefined,
    );
    const all = json ? (JSON.parse(json) as Paragraph[]).slice(returned) : [];
    return all.length ? all : null;
  };
  const give = (p: Paragraph[]) => {
    returned += p.length;
    return p;
  };
  return () => {
    if (done) return null;
    try {
      for (;;) {
        const chunk = decodeUtf8(slice.get(cursor, size, id) as Buffer | null | undefined);
        if (!chunk || chunk === ']') {
          done = true;
          return null;
        }
        // Fewer UTF-16 units than asked means fewer characters too: no need to count them.
        if (chunk.length < size || codePoints(chunk) < size) {
          done = true; // the end of the array is in this slice
          return give(JSON.parse(`[${chunk}`) as Paragraph[]);
        }
        // Between two objects: inside a string every quote is escaped, so `},{"` cannot occur there.
        const cut = chunk.lastIndexOf('},{"');
        if (cut < 0) {
          size *= 2; // not even one whole paragraph yet
          continue;
        }
        const objects = chunk.slice(0, cut + 1);
        cursor += codePoints(objects) + 1; // and the comma
        size *= 2;
        return give(JSON.parse(`[${objects}]`) as Paragraph[]);
      }
    } catch {
      return rest();
    }
  };
}

// Reads a document's paragraphs in batches without loading the whole JSON array: SQLite's substr
// returns the next slice of the stored `[{"kind":"p","text":"…"},…]` bytes, complete objects are
// parsed and the rest is read again with the next slice. Reading a 9 KB article costs a third
// when only its first paragraphs are needed. Any surprise in the format falls back to one read.
// Slices are bytes (substr of a BLOB): no characters to count on either side, and a cut at the
// ASCII `},{"` never splits a character.
import type Database from 'better-sqlite3';
import type { Paragraph } from '../../contract/api.js';
import { decodeUtf8 } from '../text/utf8-decode.js';
import { stmt } from './stmt-cache.js';

/** About 1,500 Chinese characters: most snippets are found in the first slice. */
const FIRST_SLICE = 4096;
/** Between two objects: inside a string every quote is escaped, so `},{"` cannot occur there. */
const BETWEEN = Buffer.from('},{"');

/** A document's paragraphs in one read, or null when there is no such document. */
export function readParagraphs(db: Database.Database, table: string, id: string): Paragraph[] | null {
  const read = stmt(db, `SELECT CAST(paragraphs AS BLOB) FROM ${table} WHERE id = ?`).pluck();
  const bytes = read.get(id) as Buffer | undefined;
  return bytes?.length ? (JSON.parse(decodeUtf8(bytes)) as Paragraph[]) : null;
}

export function paragraphReader(db: Database.Database, table: string, id: string): () => Paragraph[] | null {
  const slice = stmt(db, `SELECT substr(CAST(paragraphs AS BLOB), ?, ?) FROM ${table} WHERE id = ?`).pluck();
  let cursor = 2; // 1-based, after '['
  let size = FIRST_SLICE;
  let done = false;
  let returned = 0;
  /** Everything not returned yet, from one full parse. */
  const rest = (): Paragraph[] | null => {
    done = true;
    const all = readParagraphs(db, table, id)?.slice(returned) ?? [];
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
        const chunk = slice.get(cursor, size, id) as Buffer | null | undefined;
        if (!chunk?.length || (chunk.length === 1 && chunk[0] === 0x5d)) {
          done = true; // nothing, or only the closing ']' is left
          return null;
        }
        if (chunk.length < size) {
          done = true; // the end of the array is in this slice
          return give(JSON.parse(`[${decodeUtf8(chunk)}`) as Paragraph[]);
        }
        const cut = chunk.lastIndexOf(BETWEEN);
        if (cut < 0) {
          size *= 2; // not even one whole paragraph yet
          continue;
        }
        cursor += cut + 2; // past the '}' and the comma
        size *= 2;
        return give(JSON.parse(`[${decodeUtf8(chunk.subarray(0, cut + 1))}]`) as Paragraph[]);
      }
    } catch {
      return rest();
    }
  };
}

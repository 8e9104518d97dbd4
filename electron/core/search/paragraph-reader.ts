// Reads a document's paragraphs in batches without loading the whole JSON array: SQLite's substr
// returns the next slice of the stored `[{"kind":"p","text":"…"},…]` bytes, its complete objects
// are parsed a batch at a time (1 KB, then doubling: a snippet found in the first paragraphs never
// parses the rest), and the rest is read again with the next slice. Reading a 9 KB article costs a third
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
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
/** The first batch parsed from a slice (bytes, doubling with each batch): a snippet is usually
 * found in the first paragraphs, and parsing the whole 4 KB slice cost as much as reading it. */
const FIRST_PIECE = 1024;

const PLAIN = '{"kind":"p","text":"';

/** A JSON array of paragraphs. Most are plain text paragraphs with nothing escaped: those are cut
 * out of the string as they are (a third of JSON.parse's time, which copied every character of
 * the slice, about a sixth of a search); anything else goes through JSON.parse. */
function parseArray(json: string): Paragraph[] {
  const out: Paragraph[] = [];
  let i = 1; // after '['
  while (i < json.length - 1) {
    if (!json.startsWith(PLAIN, i)) return JSON.parse(json) as Paragraph[];
    const from = i + PLAIN.length;
    // The text ends at its first quote: a quote inside it is escaped, and any escape falls back.
    const end = json.indexOf('"', from);
    const text = json.slice(from, end);
    if (end < 0 || json.charCodeAt(end + 1) !== BRACE || text.includes('\\')) return JSON.parse(json) as Paragraph[];
    out.push({ kind: 'p', text });
    i = end + 2;
    if (json.charCodeAt(i) === COMMA) i++;
    else if (i !== json.length - 1) return JSON.parse(json) as Paragraph[];
  }
  return out;
}
const COMMA = 0x2c;
const BRACE = 0x7d; // }

/** A document's paragraphs in one read, or null when there is no such document. */
export function readParagraphs(db: Database.Database, table: string, id: string): Paragraph[] | null {
  const read = stmt(db, `SELECT CAST(paragraphs AS BLOB) FROM ${table} WHERE id = ?`).pluck();
  const bytes = read.get(id) as Buffer | undefined;
  return bytes?.length ? (JSON.parse(decodeUtf8(bytes)) as Paragraph[]) : null;
}

/** Reads the paragraphs of document `id` in batches (null at the end). With the document's rowid
 * (which the bundle's index keeps) a slice is found by the table's own key instead of through the
 * index on id; the id is still compared, and a row that does not hold it is looked up by id. */
export function paragraphReader(
  db: Database.Database,
  table: string,
  id: string,
  rowid?: number,
): () => Paragraph[] | null {
  const byId = stmt(db, `SELECT substr(CAST(paragraphs AS BLOB), ?, ?) FROM ${table} WHERE id = ?`).pluck();
  const byRow = stmt(
    db,
    `SELECT substr(CAST(paragraphs AS BLOB), ?, ?) FROM ${table} WHERE rowid = ? AND id = ?`,
  ).pluck();
  let row = rowid || 0;
  const slice = (from: number, size: number): Buffer | null | undefined => {
    if (row) {
      const got = byRow.get(from, size, row, id) as Buffer | null | undefined;
      if (got !== undefined) return got;
      row = 0; // not this row: the id's index finds it
    }
    return byId.get(from, size, id) as Buffer | null | undefined;
  };
  let start = 1; // 1-based offset of the slice: the '[' or the ',' before its first object
  let size = FIRST_SLICE;
  let chunk: Buffer | null = null;
  let pos = 0; // the separator before the next object in the slice
  let stop = 0; // the ',' after the slice's last whole object, or the closing ']'
  let last = false; // the slice holds the end of the array
  let piece = FIRST_PIECE;
  let done = false;
  let returned = 0;
  /** Everything not returned yet, from one full parse. */
  const rest = (): Paragraph[] | null => {
    done = true;
    const all = readParagraphs(db, table, id)?.slice(returned) ?? [];
    return all.length ? all : null;
  };
  /** Reads the slice holding the next object(s); false when the array has ended. */
  const read = (): boolean => {
    for (;;) {
      const c = slice(start, size);
      // Nothing, `[]`, or only the closing ']' after a separator: no object left.
      if (!c || c.length < 2 || c[1] === CLOSE) return false;
      if (c.length < size) {
        if (c[c.length - 1] !== CLOSE) throw new Error('unexpected end');
        [chunk, pos, stop, last] = [c, 0, c.length - 1, true];
        return true;
      }
      const cut = c.lastIndexOf(BETWEEN);
      if (cut > 0) {
        [chunk, pos, stop, last] = [c, 0, cut + 1, false];
        return true;
      }
      size *= 2; // not even one whole paragraph yet
    }
  };
  return () => {
    if (done) return null;
    try {
      if (!chunk || pos >= stop) {
        if (chunk) {
          if (last) return ((done = true), null);
          start += stop; // the ',' after the last object parsed
          size *= 2;
        }
        if (!read()) return ((done = true), null);
      }
      const c = chunk!;
      // Whole objects from pos up to the first boundary past `piece` bytes (or the slice's end).
      const at = pos + piece < stop ? c.indexOf(BETWEEN, pos + piece) : -1;
      const end = at >= 0 && at < stop ? at + 1 : stop;
      piece *= 2;
      // The separators around the objects become the brackets of an array (the slice is our copy).
      c[pos] = OPEN;
      c[end] = CLOSE;
      const out = parseArray(decodeUtf8(c.subarray(pos, end + 1)));
      pos = end;
      returned += out.length;
      return out;
    } catch {
      return rest();
    }
  };
}

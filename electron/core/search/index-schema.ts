// DDL of the full-text index (the same tables in the content bundle and, from migration 0004, in
// the user database). A segment is a batch of documents indexed together: the bundle has one,
// each import adds one to the user database and small ones are merged (user-index.ts).
// `search_segments` holds per-document columns in one blob (doc ids, indexed titles, body lengths
// and, in the bundle, the metadata snapshot) so loading costs one read, not a row per document.

export const INDEX_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS search_segments (
  seg INTEGER PRIMARY KEY,
  docs INTEGER NOT NULL,
  chars INTEGER NOT NULL,
  columns BLOB NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS search_postings (
  key INTEGER PRIMARY KEY,
  df INTEGER NOT NULL,
  docs BLOB NOT NULL,
  pos BLOB
) STRICT;
`;

/** The bundle's ids and titles, apart from its segment's columns, in rows of STRINGS_PER_ROW
 * (see ChunkedStrings). User segments are small and keep them in their columns. */
export const SEGMENT_STRINGS_SQL = `
CREATE TABLE IF NOT EXISTS search_strings (
  seg INTEGER NOT NULL,
  name TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  value BLOB NOT NULL,
  PRIMARY KEY (seg, name, chunk)
) STRICT, WITHOUT ROWID;
`;
export const STRINGS_PER_ROW = 1024;

export type Field = 0 | 1;
export const BODY: Field = 0;
export const TITLE: Field = 1;
export const MAX_SEGMENT = 1023;

/** The integer key (rowid) of a postings row: segment, field and one or two code points packed
 * below 2^53. A rowid table keeps rows up to ~4 KB on the b-tree page (a TEXT primary key in a
 * WITHOUT ROWID table spilled every row above ~1 KB to overflow pages and grew the file by 40 %).
 * A one-character key has second = 0 (NUL is whitespace, never part of a key). */
export function postingKey(seg: number, field: Field, first: number, second: number): number {
  return (seg * 2 + field) * 2 ** 42 + first * 2 ** 21 + second;
}

/** Key of a one- or two-character string. */
export function postingKeyOf(seg: number, field: Field, key: string): number {
  const a = key.codePointAt(0)!;
  const b = key.length > (a > 0xffff ? 2 : 1) ? key.codePointAt(a > 0xffff ? 2 : 1)! : 0;
  return postingKey(seg, field, a, b);
}

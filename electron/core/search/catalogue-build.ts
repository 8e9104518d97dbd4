// Builds the search-as-you-type catalogue (titles, speakers, occasions, 金句, 提法, tags) as one
// blob: entries sorted best-first (kind, then shorter, then more frequent) so the first matches
// found are the best; folded texts joined with separators for a substring scan; and pinyin keys
// as sorted pointers into one a–z string (full pinyin and initials of each entry, from each of its
// first syllable boundaries), searched by binary search. Loading is one read and three decodes:
// the lunr index this replaces took 2.5 s to load and 5 s to build at 13 M characters.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import { foldForSearch } from '../text/normalize.js';
import { encodeColumns } from './column-codec.js';
import { StringColumn } from './columns.js';
import { MAX_STARTS, syllables } from './pinyin-keys.js';
import { buildWordsBlob, mineWords } from './pinyin-words-build.js';

export const KINDS = ['term', 'tag', 'speaker', 'title', 'occasion', 'quote'] as const;
export type CatalogueKind = (typeof KINDS)[number];

export interface CatalogueEntry {
  kind: CatalogueKind;
  text: string;
  /** The document for titles, 金句 and single-document 提法; null for speakers, tags, etc. */
  docId: string | null;
  /** How many documents/occurrences the entry stands for. */
  count: number;
}

/** Catalogue entries of bundled or imported documents. */
export function catalogueEntriesFromDocs(docs: readonly ContentDocument[]): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const speakers = new Map<string, number>();
  const occasions = new Map<string, number>();
  const terms = new Map<string, { count: number; docId: string }>();
  for (const d of docs) {
    entries.push({ kind: 'title', text: d.title, docId: d.id, count: 1 });
    for (const s of d.speakers) speakers.set(s.name, (speakers.get(s.name) ?? 0) + 1);
    if (d.occasion) occasions.set(d.occasion, (occasions.get(d.occasion) ?? 0) + 1);
    for (const q of d.quotes) entries.push({ kind: 'quote', text: q.text, docId: d.id, count: 1 });
    for (const t of d.terms) {
      const e = terms.get(t.term);
      terms.set(t.term, { count: (e?.count ?? 0) + t.occurrences.length, docId: e ? '' : d.id });
    }
  }
  for (const [text, count] of speakers) entries.push({ kind: 'speaker', text, docId: null, count });
  for (const [text, count] of occasions) entries.push({ kind: 'occasion', text, docId: null, count });
  for (const [text, v] of terms) entries.push({ kind: 'term', text, docId: v.docId || null, count: v.count });
  return entries;
}

/** Best-first order of suggestions. */
export function compareEntries(a: CatalogueEntry, b: CatalogueEntry): number {
  return (
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    a.text.length - b.text.length ||
    b.count - a.count ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

/** Key pointers in key order (ties: entry order, which is pointer order). Sorting the key strings
 * took most of the build; this sorts numbers holding each key's first six letters and compares
 * strings only within groups that share them. */
function sortKeys(py: string, ptrs: number[]): number[] {
  const n = ptrs.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    let end = false;
    for (let j = 0; j < 6; j++) {
      const c: number = end ? 0x7c : py.charCodeAt(ptrs[i]! + j);
      end = c === 0x7c; // '|'
      v = v * 27 + (end ? 0 : c - 0x60);
    }
    packed[i] = v * 2 ** 22 + i;
  }
  packed.sort();
  const order = Array.from(packed, (v) => v % 2 ** 22);
  const rest = (i: number) => py.slice(ptrs[i]! + 6, py.indexOf('|', ptrs[i]!));
  for (let a = 0; a < n;) {
    let b = a + 1;
    const head = Math.floor(packed[a]! / 2 ** 22);
    while (b < n && Math.floor(packed[b]! / 2 ** 22) === head) b++;
    if (b - a > 1 && py.indexOf('|', ptrs[order[a]!]!) - ptrs[order[a]!]! >= 6) {
      const group = order.slice(a, b).map((i) => [rest(i), i] as const);
      group.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
      group.forEach(([, i], k) => (order[a + k] = i));
    }
    a = b;
  }
  return order;
}

/** The pinyin region of an entry: `full|initials|` (empty when the text has no Chinese). */
function pinyinRegion(text: string): string {
  const syl = syllables(text);
  return syl.length ? `${syl.join('')}|${syl.map((s) => s[0]).join('')}|` : '';
}

export type CatalogueGroup = 'entries' | 'text' | 'pinyin';
export const CATALOGUE_GROUPS: CatalogueGroup[] = ['entries', 'text', 'pinyin'];

/** The catalogue in three blobs loaded separately: a pinyin query never reads the texts' index,
 * a Chinese one never reads the pinyin keys. */
export function buildCatalogueBlobs(input: readonly CatalogueEntry[]): Record<CatalogueGroup, Buffer> {
  const entries = [...input].sort(compareEntries);
  const regions = entries.map((e) => pinyinRegion(e.text));
  const py = regions.join('');
  const pyStart = new Int32Array(entries.length + 1);
  const ptrs: number[] = [];
  const ptrEntry: number[] = [];
  let at = 0;
  regions.forEach((r, e) => {
    pyStart[e] = at;
    if (r) {
      const syl = syllables(entries[e]!.text);
      const initialsAt = at + r.indexOf('|') + 1;
      let off = 0;
      for (let i = 0; i < Math.min(syl.length, MAX_STARTS); i++) {
        ptrs.push(at + off, initialsAt + i);
        ptrEntry.push(e, e);
        off += syl[i]!.length;
      }
    }
    at += r.length;
  });
  pyStart[entries.length] = at;
  const order = sortKeys(py, ptrs);
  return {
    entries: encodeColumns({
      kinds: Uint8Array.from(entries, (e) => KINDS.indexOf(e.kind)),
      counts: Int32Array.from(entries, (e) => e.count),
      docIds: { utf8: StringColumn.from(entries.map((e) => e.docId ?? '')) },
      texts: StringColumn.from(entries.map((e) => e.text)),
    }),
    text: encodeColumns({ folded: StringColumn.from(entries.map((e) => foldForSearch(e.text) + '\u0001')) }),
    pinyin: encodeColumns({
      py: Buffer.from(py, 'latin1'),
      pyStart,
      ptrs: Int32Array.from(order, (i) => ptrs[i]!),
      ptrEntry: Int32Array.from(order, (i) => ptrEntry[i]!),
    }),
  };
}

/** Stores the catalogue's groups under `prefix.group` (inside the caller's transaction). */
export function writeCatalogue(db: Database.Database, prefix: string, blobs: Record<CatalogueGroup, Buffer>): void {
  db.exec(CATALOGUE_TABLE_SQL);
  const put = db.prepare('INSERT OR REPLACE INTO search_catalogue (key, value) VALUES (?, ?)');
  for (const g of CATALOGUE_GROUPS) put.run(`${prefix}.${g}`, blobs[g]);
}

export const CATALOGUE_TABLE_SQL = `CREATE TABLE IF NOT EXISTS search_catalogue (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;`;

/** Texts to mine words from: every title first, then the documents' paragraphs. */
function* wordSources(docs: readonly ContentDocument[]): Generator<string> {
  yield docs.map((d) => d.title).join('\n');
  for (const d of docs) for (const p of d.paragraphs) yield p.text;
}

/** The bundle's catalogue, under the prefix 'catalogue'. */
export function buildCatalogueTable(db: Database.Database, docs: readonly ContentDocument[]): void {
  db.exec('DROP TABLE IF EXISTS search_catalogue');
  const blobs = buildCatalogueBlobs(catalogueEntriesFromDocs(docs));
  db.transaction(() => writeCatalogue(db, 'catalogue', blobs))();
}

/** The bundle's pinyin words (for reading pinyin queries), beside its catalogue. */
export function buildPinyinWordsTable(db: Database.Database, docs: readonly ContentDocument[]): void {
  db.exec(CATALOGUE_TABLE_SQL);
  const words = buildWordsBlob(mineWords(wordSources(docs)));
  db.prepare("INSERT OR REPLACE INTO search_catalogue (key, value) VALUES ('catalogue.words', ?)").run(words);
}

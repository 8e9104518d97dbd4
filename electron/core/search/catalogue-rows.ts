// The catalogue's rows (see catalogue.ts for how they are searched): entries best-first in rows of
// entry data and of folded texts, and the pinyin keys sorted, in rows, for a binary search.
import { foldForSearch } from '../text/normalize.js';
import { KINDS, compareEntries, type CatalogueEntry } from './catalogue-entry.js';
import { encodeColumns } from './column-codec.js';
import { StringColumn } from './columns.js';
import { MAX_STARTS, syllables } from './pinyin-keys.js';

/** Rows of the catalogue hold a few tens of KB each, so a suggestion reads the rows it needs and
 * not the whole catalogue: at 50 M characters it is 20 MB, and reading it whole cost the first
 * suggestion 250 ms on a machine where every new page of memory is a slow fault. Entries per row
 * of entry data (read for the results) and of folded texts (read by the substring scan); pinyin
 * keys per row, and the best entries kept per key row. */
export const ENTRIES_PER_CHUNK = 128;
export const TEXTS_PER_CHUNK = 2048;
export const KEYS_PER_CHUNK = 2048;
export const BEST_PER_KEY_CHUNK = 32;

/** What the reader needs before any other row: sizes, the first key of each key row, and the
 * ASCII characters in each text row (an ASCII part such as `5g` or a pinyin prefix is looked for
 * only in the rows that have all its characters). */
export interface CatalogueHead {
  n: number;
  keys: number;
  firstKeys: string[];
  ascii: string[];
}

/** The distinct printable ASCII characters of the texts, in code order. */
function asciiOf(texts: readonly string[]): string {
  const seen = new Set<string>();
  for (const t of texts) for (const ch of t) if (ch >= '!' && ch <= '~') seen.add(ch);
  return [...seen].sort().join('');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, c) => items.slice(c * size, (c + 1) * size));
}

/** The best (lowest) distinct entries of a key row, padded with -1. */
function bestOf(entry: readonly number[]): number[] {
  const best = [...new Set(entry)].sort((a, b) => a - b).slice(0, BEST_PER_KEY_CHUNK);
  return [...best, ...Array<number>(BEST_PER_KEY_CHUNK - best.length).fill(-1)];
}

/** The catalogue as rows, entries best-first: `head`; `e.<i>` entry data (kinds, counts, doc ids,
 * texts); `t.<i>` folded texts; `k.<j>` pinyin keys in order, each with its entry and whether it
 * spells the entry from its start; `best` the best entries of each key row. */
export function buildCatalogueBlobs(input: readonly CatalogueEntry[]): Record<string, Buffer> {
  const entries = [...input].sort(compareEntries);
  const rows: Record<string, Buffer> = {};
  chunks(entries, ENTRIES_PER_CHUNK).forEach((part, c) => {
    rows[`e.${c}`] = encodeColumns({
      kinds: Uint8Array.from(part, (e) => KINDS.indexOf(e.kind)),
      counts: Int32Array.from(part, (e) => e.count),
      docIds: { utf8: StringColumn.from(part.map((e) => e.docId ?? '')) },
      texts: StringColumn.from(part.map((e) => e.text)),
    });
  });
  const ascii = chunks(entries, TEXTS_PER_CHUNK).map((part, c) => {
    const folded = part.map((e) => foldForSearch(e.text) + '\u0001');
    rows[`t.${c}`] = encodeColumns({ folded: StringColumn.from(folded) });
    return asciiOf(folded);
  });
  const keys = chunks(pinyinKeys(entries), KEYS_PER_CHUNK);
  keys.forEach((part, c) => {
    rows[`k.${c}`] = encodeColumns({
      keys: Buffer.from(part.map((k) => k.key + '|').join(''), 'latin1'),
      entry: Int32Array.from(part, (k) => k.entry),
      whole: Uint8Array.from(part, (k) => (k.whole ? 1 : 0)),
    });
  });
  rows.best = encodeColumns({ best: Int32Array.from(keys.flatMap((part) => bestOf(part.map((k) => k.entry)))) });
  const head: CatalogueHead = {
    n: entries.length,
    keys: keys.reduce((n, part) => n + part.length, 0),
    firstKeys: keys.map((part) => part[0]!.key),
    ascii,
  };
  rows.head = Buffer.from(JSON.stringify(head), 'utf8');
  return rows;
}

/** Every pinyin key in key order (ties: entry order): full pinyin and initials of each entry from
 * each of its first syllable boundaries; `whole` when the key starts at the entry's first syllable. */
function pinyinKeys(entries: readonly CatalogueEntry[]): { key: string; entry: number; whole: boolean }[] {
  const regions = entries.map((e) => pinyinRegion(e.text));
  const py = regions.join('');
  const ptrs: number[] = [];
  const ptrEntry: number[] = [];
  const wholeAt = new Set<number>();
  let at = 0;
  regions.forEach((r, e) => {
    if (r) {
      const syl = syllables(entries[e]!.text);
      const initialsAt = at + r.indexOf('|') + 1;
      wholeAt.add(at).add(initialsAt);
      let off = 0;
      for (let i = 0; i < Math.min(syl.length, MAX_STARTS); i++) {
        ptrs.push(at + off, initialsAt + i);
        ptrEntry.push(e, e);
        off += syl[i]!.length;
      }
    }
    at += r.length;
  });
  return sortKeys(py, ptrs).map((i) => ({
    key: py.slice(ptrs[i]!, py.indexOf('|', ptrs[i]!)),
    entry: ptrEntry[i]!,
    whole: wholeAt.has(ptrs[i]!),
  }));
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

// jieba's tags for a short text from the few dictionary lines it can use, instead of the whole dictionary
// (349,045 words, 0.15–0.25 s of CPU to build, for the 6 short texts a 100-file CLI import tags).
// jieba segments a text by the dictionary words that occur in it (each word's count against the
// dictionary's total) and tags the words it finds by their line: a dictionary of exactly those lines, plus
// one line no text can match holding the rest of the total, gives the same words and tags (checked against
// the whole dictionary on every sentence and line join of 1,000 People's Daily articles). The dictionary
// file is sorted (tested), so a text's lines are found by binary search.
import type * as JiebaModule from '@node-rs/jieba';
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** A word and its part-of-speech tag, as jieba gives them. */
export interface Tagged {
  word: string;
  tag: string;
}

/** A private-use character: outside every block jieba segments, so the line holding the rest of the
 * total is never a word of a text (a text holding it is tagged with the whole dictionary). */
const REST = '\ue000';
/** Words looked up past this in all (a long text looks up many), the caller builds the whole dictionary:
 * slices never cost much more than they save (a lookup is a few microseconds of CPU, the whole dictionary
 * 0.15–0.25 s). Counted, not timed: a busy machine's clock would send the calls back early. */
const BUDGET_LOOKUPS = 20_000;

interface Dict {
  bytes: Buffer;
  total: number;
  Jieba: typeof JiebaModule.Jieba;
}

let dict: Dict | null = null;
let on = false;
let spent = 0;
let budget = BUDGET_LOOKUPS;

/** From now on this thread tags texts from slices of the dictionary (the CLI's small import), until
 * they have looked up `budgetLookups` words. */
export function useDictionarySlices(budgetLookups = BUDGET_LOOKUPS): void {
  on = true;
  spent = 0;
  budget = budgetLookups;
}

/** The sum of the counts (each line is `word count tag`), as jieba sums them. */
export function countTotal(bytes: Uint8Array): number {
  let total = 0;
  let field = 0;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x20) {
      if (field++ === 1) total += n;
      n = 0;
    } else if (c === 0x0a) field = 0;
    else if (field === 1) n = n * 10 + c - 0x30;
  }
  return total;
}

/** The shipped dictionary's size and its counts' sum (a unit test sums the installed file): summing 349,045
 * lines is ~20 ms of a new process's CPU. Another dictionary (another size) is summed as it loads. */
export const SHIPPED = { bytes: 5_071_843, total: 60_101_964 };

function load(): Dict {
  if (dict) return dict;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof JiebaModule;
  const bytes = fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
  return (dict = { bytes, total: bytes.length === SHIPPED.bytes ? SHIPPED.total : countTotal(bytes), Jieba });
}

const wordAt = (bytes: Buffer, line: number) => bytes.toString('utf8', line, bytes.indexOf(0x20, line));

/** The byte offset of the first line whose word is not below `key` (the file's length if none): a binary
 * search over bytes, each probe read from the start of the line it falls in. */
function firstLineFrom(bytes: Buffer, key: string): number {
  let lo = 0; // a line start; every line before it is below key
  let hi = bytes.length; // a line start or the end; no line from it is below key
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = mid === 0 ? 0 : bytes.lastIndexOf(0x0a, mid - 1) + 1; // lo <= line <= mid
    if (wordAt(bytes, line) < key) lo = bytes.indexOf(0x0a, line) + 1;
    else hi = line;
  }
  return lo;
}

/** The text's tags from a slice of the dictionary, or null (slices off, spent, or a text they do not cover). */
export function tagBySlice(text: string): Tagged[] | null {
  if (!on || spent > budget || text.includes(REST)) return null;
  const d = load();
  const lines = new Set<number>();
  // Every dictionary word that occurs in the text: from each position, the words it starts, for as long
  // as some word starts with the text from there.
  for (let i = 0; i < text.length; i++) {
    for (let j = i + 1; j <= text.length; j++) {
      const prefix = text.slice(i, j);
      spent++;
      const line = firstLineFrom(d.bytes, prefix);
      if (line === d.bytes.length) break;
      const word = wordAt(d.bytes, line);
      if (!word.startsWith(prefix)) break;
      if (word === prefix) lines.add(line);
    }
  }
  const slice: Buffer[] = [];
  let counted = 0;
  for (const line of [...lines].sort((a, b) => a - b)) {
    const bytes = d.bytes.subarray(line, d.bytes.indexOf(0x0a, line) + 1);
    slice.push(bytes);
    counted += countTotal(bytes);
  }
  slice.push(Buffer.from(`${REST} ${d.total - counted} x\n`));
  const tags = d.Jieba.withDict(Buffer.concat(slice)).tag(text, true);
  return tags.map((t) => ({ word: t.word, tag: t.tag }));
}

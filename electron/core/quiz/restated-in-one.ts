// Whether one sentence of a document restates a line (shared-wording.ts asks it of every document for every line asked
// “which document / which year”). Searched through an index of each document's runs of four characters, built once:
// scanning each document for each run of each line cost whole-library generation about a second (Key audit 65).
import { hanChars } from '../text/normalize.js';
import type { SourceDoc } from './types.js';
import { lowerBound } from '../../shared/lower-bound.js';

/** Each document's sentences (Han characters only), split once. */
const sentencesOf = new WeakMap<SourceDoc, string[]>();
export function sentences(doc: SourceDoc): string[] {
  let out = sentencesOf.get(doc);
  if (!out) sentencesOf.set(doc, (out = doc.paragraphs.flatMap((p) => p.text.split(/[。！？!?；;]/)).map(hanChars)));
  return out;
}

/** Character pairs of a text (Han only), each once. Loops, not arrays: they are taken of ~20,000 sentences. */
function pairsOf(han: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}
function share(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const p of a) if (b.has(p)) n++;
  return n / a.size;
}
/** Han characters a line and a sentence need, and the share of one's character pairs the other must hold. */
const RESTATED_MIN = 12;
const RESTATED_SHARE = 0.6;

/** A 32-bit hash (FNV-1a) of the run of four UTF-16 units at `i`: two runs may share one, so a hit is checked. */
function hashFour(s: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < i + 4; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** A document's sentences of RESTATED_MIN characters or more, shortest first (`lengths`: theirs, ascending), and each
 * run of four in them as hash · SLOT + the sentence's place, sorted: the sentences of a length range holding a run are
 * one stretch of it. */
interface FourIndex {
  long: string[];
  lengths: Int32Array;
  keys: Float64Array;
}
const SLOT = 2 ** 20;
const indexOf = new WeakMap<SourceDoc, FourIndex>();
function fourIndex(doc: SourceDoc): FourIndex {
  let index = indexOf.get(doc);
  if (index) return index;
  const long = sentences(doc)
    .filter((s) => s.length >= RESTATED_MIN)
    .sort((a, b) => a.length - b.length);
  const keys = new Float64Array(long.reduce((n, s) => n + s.length - 3, 0));
  let n = 0;
  long.forEach((s, k) => {
    for (let i = 0; i + 4 <= s.length; i++) keys[n++] = hashFour(s, i) * SLOT + k;
  });
  indexOf.set(doc, (index = { long, lengths: Int32Array.from(long, (s) => s.length), keys: keys.sort() }));
  return index;
}

/** Whether one sentence of the document restates the line in any order of its clauses, or says most of it inside a
 * longer wording: most of the line's character pairs in the sentence, or most of the sentence's in the line (1984's
 * 大的方面管住管好，小的方面放开放活 beside 1985's 我们的原则仍然是：小的方面放开放活，大的方面管住管好; 十五大's 提高人民生活
 * 水平，是改革开放和发展经济的根本目的 beside 十八大's 提高人民物质文化生活水平，是改革开放和社会主义现代化建设的根本目的:
 * key audit 63, wrong keys of “which document” questions). Only sentences holding a run of four of the line's
 * characters are weighed. `whole`: the line's Han characters. */
export function restatedInOne(whole: string, doc: SourceDoc): boolean {
  if (whole.length < RESTATED_MIN) return false;
  const { long, lengths, keys } = fourIndex(doc);
  // Of comparable length (neither more than 1.5 times the other): a long sentence holds most pairs of any line on its
  // subject. The sentences from `from` up to `to` (excluded).
  const from = lowerBound(lengths, Math.ceil(whole.length / 1.5));
  const to = lowerBound(lengths, Math.floor(1.5 * whole.length) + 1);
  if (from >= to) return false;
  let weighed: Set<number> | undefined;
  let mine: Set<string> | undefined;
  for (let i = 0; i + 4 <= whole.length; i++) {
    const h = hashFour(whole, i) * SLOT;
    for (let j = lowerBound(keys, h + from); j < keys.length && keys[j]! < h + to; j++) {
      const k = keys[j]! - h;
      weighed ??= new Set();
      if (weighed.has(k) || !long[k]!.includes(whole.slice(i, i + 4))) continue;
      weighed.add(k);
      const s = long[k]!;
      mine ??= pairsOf(whole);
      const theirs = pairsOf(s);
      if (share(mine, theirs) >= RESTATED_SHARE || share(theirs, mine) >= RESTATED_SHARE) return true;
    }
  }
  return false;
}

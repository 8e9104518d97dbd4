// A numbered 提法 written out by all its parts: 六稳 as 稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期 (2019),
// 三去一降一补 as 去产能、去库存、去杠杆、降成本、补短板 (2016), 五位一体 as the five 建设 (2013 决议). A list
// that knows the short name only misses them there. The parts are data (content/lexicon/tifa-parts.json,
// each entry with the library text that states it), never guessed from the number: the 十八大's
// 道路自信、理论自信、制度自信 is three of 四个自信's four and names nothing. Only a run of every part, each
// once, joined by 、，or 和 or written together (沙漠戈壁荒漠), is a use; a run whose sentence also names the
// formulation spells out that use (…生态文明建设五位一体总体布局, “六保”工作，强化保居民就业…) and is not counted again, and a run in a
// sentence holding a word of a larger whole is that whole's (四位一体's four 建设 beside 生态文明建设). 一带一路's
// two roads are parts too, and 沙戈荒's three kinds of land, only in a sentence naming what stands on them
// (inSentence: 风电, 光伏). Listed and timelined only, never a question's blank (listed-lexicon.ts).
import partsJson from '../../../content/lexicon/tifa-parts.json' with { type: 'json' };
import { foldForSearch } from '../text/normalize.js';
import { lexicon } from './lexicon.js';

export interface PartsShape {
  term: string;
  /** Folded wordings of each part. */
  parts: string[][];
  /** Folded forms of the formulation's name: a sentence holding one has named it. */
  names: string[];
  /** Folded words whose presence in the run's sentence makes the run part of a larger whole (the four 建设 in a
   * sentence naming 生态文明建设 are four of 五位一体's five, not 四位一体). */
  notInSentence: string[];
  /** Folded words one of which the run's sentence must hold (沙漠、戈壁、荒漠 are 沙戈荒 beside 风电 or 光伏). */
  inSentence: string[];
}

const JOIN = /[、，,和]/u;
const SENTENCE_END = /[。；！？;!?\n]/u;

let shapes: PartsShape[] | null = null;
/** The entries of tifa-parts.json, folded, each named as its lexicon entry names it. */
export function partsShapes(): PartsShape[] {
  type Entry = { term: string; parts: string[][]; notInSentence?: string[]; inSentence?: string[] };
  shapes ??= (partsJson.entries as Entry[]).map((e) => ({
    term: e.term,
    parts: e.parts.map((ws) => ws.map(foldForSearch)),
    notInSentence: (e.notInSentence ?? []).map(foldForSearch),
    inSentence: (e.inSentence ?? []).map(foldForSearch),
    names: [e.term, ...(lexicon().find((x) => x.term === e.term)?.variants ?? [])].map(foldForSearch),
  }));
  return shapes;
}

/** The run of all the shape's parts starting at `start`, or its end; -1 when there is none. */
function runEnd(folded: string, start: number, s: PartsShape): number {
  const used = new Set<number>();
  let pos = start;
  for (;;) {
    const next = s.parts.findIndex((ws, i) => !used.has(i) && ws.some((w) => folded.startsWith(w, pos)));
    if (next === -1) return -1;
    used.add(next);
    pos += s.parts[next]!.find((w) => folded.startsWith(w, pos))!.length;
    if (used.size === s.parts.length) return pos;
    if (JOIN.test(folded[pos] ?? '')) pos++;
  }
}

/** Whether the sentence around [start, end) names the formulation itself, holds a word of a larger whole, or
 * lacks every word the shape needs beside it. */
function sentenceNames(folded: string, start: number, end: number, s: PartsShape): boolean {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(folded[a - 1]!)) a--;
  let b = end;
  while (b < folded.length && !SENTENCE_END.test(folded[b]!)) b++;
  const sentence = folded.slice(a, b);
  if (s.inSentence.length && !s.inSentence.some((w) => sentence.includes(w))) return true;
  return [...s.names, ...s.notInSentence].some((n) => sentence.includes(n));
}

/** The written-out uses in one folded paragraph, of every shape or of `shapes` only. */
export function partsUses(folded: string, shapes: readonly PartsShape[] = partsShapes()) {
  const out: { term: string; start: number; length: number }[] = [];
  for (const s of shapes) {
    // Cheap test first: a run holds every part, so the paragraph must hold a wording of each.
    if (!s.parts.every((ws) => ws.some((w) => folded.includes(w)))) continue;
    // A run may open on any of its parts: a run is tried only where one starts (found by indexOf,
    // not by testing every wording at every character of the paragraph).
    const anyPart = s.parts.flat();
    for (let i = nextStart(folded, anyPart, 0); i !== -1;) {
      const end = runEnd(folded, i, s);
      if (end === -1) {
        i = nextStart(folded, anyPart, i + 1);
        continue;
      }
      if (!sentenceNames(folded, i, end, s)) out.push({ term: s.term, start: i, length: end - i });
      i = nextStart(folded, anyPart, end);
    }
  }
  return out;
}

/** The first position at or after `from` where one of `words` starts; -1 when there is none. */
function nextStart(folded: string, words: readonly string[], from: number): number {
  let first = -1;
  for (const w of words) {
    const at = folded.indexOf(w, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

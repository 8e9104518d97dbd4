// What a 填空 may blank in a sentence: a 提法 of the lexicon (or a rule formulation) first, then
// key content words — never a function word, a name of a person, place or organisation, or part
// of a 提法 or a name.
import { foldForSearch } from '../text/normalize.js';
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { chooseBlanks, tokenize } from './segment.js';
import { askable } from './term-distractors.js';

export interface Blank {
  start: number;
  end: number;
  text: string;
}

const NAME_TAG = /^(nr|nrfg|nrt|ns|nt)$/;

/** Up to `max` blanks for `text`, 提法 first; `docFreq` lowers the weight of common words. */
export function keyBlanks(text: string, max: number, docFreq?: (w: string) => number): Blank[] {
  const folded = foldForSearch(text);
  // A variant written with marks (“三个代表”重要思想) is blanked on its canonical words only.
  const terms = lexiconMatcher()
    .find(folded)
    .filter((m) => askable(m.term))
    .flatMap((m) => {
      const at = /[\p{P}\s]/u.test(folded.slice(m.start, m.start + m.length))
        ? folded.indexOf(foldForSearch(m.term), m.start)
        : m.start;
      const len = at === m.start ? m.length : m.term.length;
      if (at < 0 || at + len > m.start + m.length) return [];
      return [{ start: at, end: at + len, text: text.slice(at, at + len) }];
    });
  const names = tokenize(text).filter((t) => NAME_TAG.test(t.tag));
  const blocked = [...terms, ...names];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const picked: Blank[] = [];
  for (const t of terms.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (picked.length >= max) break;
    if (!picked.some((p) => overlaps(p, t) || Math.abs(p.start - t.end) < 1 || Math.abs(t.start - p.end) < 1))
      picked.push(t);
  }
  if (picked.length < max) {
    // Whole words only, and none touching a 提法 or a name (no “复辟希望”, no half of 邓小平).
    const words = chooseBlanks(text, max * 3, docFreq).filter((w) => !blocked.some((b) => overlaps(b, w)));
    for (const w of words) {
      if (picked.length >= max) break;
      if (w.word.length < 2 || picked.some((p) => p.start <= w.end && w.start <= p.end)) continue;
      picked.push({ start: w.start, end: w.end, text: w.word });
    }
  }
  // Never more than half of the sentence hidden.
  const out: Blank[] = [];
  let covered = 0;
  for (const b of picked.sort((a, b) => a.start - b.start)) {
    if (covered + (b.end - b.start) > text.length / 2) continue;
    covered += b.end - b.start;
    out.push(b);
  }
  return out;
}

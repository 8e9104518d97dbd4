// Which 金句 may become questions at all, and the counts generation reads: where a quote sits in its paragraph,
// how common each word is among the quotes, and the earliest document saying each sentence.
import { isContentToken, tokenize } from '../text/segment.js';
import { hanChars } from '../text/normalize.js';
import { aboutProceedings, saysNothing } from './quote-worth.js';
import { paragraphText } from './source.js';
import type { QuizSource, SourceQuote } from './types.js';

export function located(src: QuizSource, q: SourceQuote): { start: number; end: number } | null {
  const p = paragraphText(src, q.docId, q.paragraph);
  if (p === null) return null;
  if (p.slice(q.start, q.end) === q.text) return { start: q.start, end: q.end };
  const at = p.indexOf(q.text);
  return at >= 0 ? { start: at, end: at + q.text.length } : null;
}

/** How many quotes contain each content word: common words make weak blanks. */
export function wordFrequency(quotes: SourceQuote[]): (w: string) => number {
  const df = new Map<string, number>();
  for (const q of quotes)
    for (const w of new Set(
      tokenize(q.text)
        .filter(isContentToken)
        .map((t) => t.word),
    ))
      df.set(w, (df.get(w) ?? 0) + 1);
  return (w) => df.get(w) ?? 0;
}

/** The rank a bundled 金句 needs to be asked about (quote-rank.ts keeps those ≥ 4). */
const MIN_QUIZ_SCORE = 6;

/** A sentence reporting what has been set up or achieved (专利制度已经建立): one year's news, not a
 * 金句, whatever its parallel shape. */
const REPORTS_DONE = /已经?(?:建立|建成|形成|取得|完成|实现|开始|基本)/;

/** Whether the quote may become questions at all: found in its paragraph, of a fair length, and
 * among the library's stronger 金句 (a weak one makes a weak question). */
export function usable(src: QuizSource, q: SourceQuote): boolean {
  if (!src.docs.has(q.docId) || q.text.length < 8 || q.text.length > 120 || !located(src, q)) return false;
  if (REPORTS_DONE.test(q.text) || aboutProceedings(q.text) || saysNothing(q.text)) return false;
  return q.score === undefined || q.score === null || q.score >= MIN_QUIZ_SCORE;
}

/** For each sentence (its Han characters) the quote of the earliest document that says it: a
 * sentence several reports repeat (我国是统一的多民族国家) is one 填空, not one per report. */
export function firstQuotes(src: QuizSource): Map<string, SourceQuote> {
  const first = new Map<string, SourceQuote>();
  const order = (q: SourceQuote) => `${String(src.docs.get(q.docId)?.year ?? 9999).padStart(4, '0')}\u0001${q.docId}`;
  for (const q of src.quotes) {
    if (!usable(src, q)) continue;
    const k = hanChars(q.text);
    const had = first.get(k);
    if (!had || order(q) < order(had)) first.set(k, q);
  }
  return first;
}

// Formulations a report writes as one item of a set series (稳增长、促改革、调结构、惠民生、防风险;
// 去产能、去库存、去杠杆、降成本、补短板): three-character items joined by 、, of which at least two are
// lexicon 提法. The lexicon's siblings are the evidence that the series is a formulation and not a tally,
// so its other items (促改革, 防风险) are its parts. Like quoted terms they feed the 提法 list and timeline
// only (quiz/source.ts): no question is drawn on them and no 金句 score reads them.
import { isLexiconForm } from './listed-lexicon.js';

/** Three-character items joined by 、 (at least three): the first is the three characters before the
 * first 、, the last the three after the last one, whatever follows (防风险各项工作). */
const SERIES = /\p{Script=Han}{3}(?:、\p{Script=Han}{3}(?!\p{Script=Han}、)){2,}/gu;
/** Siblings that must be lexicon 提法. */
const KNOWN_SIBLINGS = 2;
/** Documents that must write an item so: one report's list of the moment (控物价、抓改革) is no evidence. */
const SERIES_DOCS = 3;

/** The unlisted items of the set series in one folded text, each with whether the series bounds it on
 * both sides (an inner item, or an edge item after or before punctuation), so its three characters are
 * surely the whole item. */
export function seriesItems(folded: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (!folded.includes('、')) return out;
  for (const m of folded.matchAll(SERIES)) {
    const items = m[0].split('、');
    if (items.filter(isLexiconForm).length < KNOWN_SIBLINGS) continue;
    const startOpen = !/\p{Script=Han}/u.test(folded.charAt(m.index - 1));
    const endOpen = !/\p{Script=Han}/u.test(folded.charAt(m.index + m[0].length));
    items.forEach((item, i) => {
      if (isLexiconForm(item)) return;
      const bounded = (i > 0 || startOpen) && (i < items.length - 1 || endOpen);
      out.set(item, (out.get(item) ?? false) || bounded);
    });
  }
  return out;
}

/** Series items of the library (each document given as its folded paragraphs): written in a set
 * series in at least three documents, and at least once bounded as a whole item. */
export function seriesSiblings(docs: readonly (readonly string[])[]): Set<string> {
  const uses = new Map<string, number>();
  const whole = new Set<string>();
  for (const doc of docs) {
    const inDoc = new Set<string>();
    for (const text of doc)
      for (const [item, bounded] of seriesItems(text)) {
        inDoc.add(item);
        if (bounded) whole.add(item);
      }
    for (const item of inDoc) uses.set(item, (uses.get(item) ?? 0) + 1);
  }
  return new Set([...uses].filter(([item, n]) => n >= SERIES_DOCS && whole.has(item)).map(([item]) => item));
}

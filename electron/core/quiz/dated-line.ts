// Which year, or which of a yearly series of reports (the government work reports), a line comes from is asked only
// when its wording places it in time: a time word (timeTied: a number, 今年, 新常态, a five-year plan…) or a 提法 new
// then, first said in the five years up to the document's. 统一祖国，振兴中华，是历史赋予我们的神圣使命 (1984) or
// 规则越简约透明，监管越有力有效 (2019) could be any year's: among the reports of the years around it a learner can only
// guess (questions-outside13.json, questions-outside14.json).
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { foldForSearch } from '../text/normalize.js';
import { timeTied } from './import-lines.js';
import { firstYearOf } from './term-distractors.js';
import type { SourceDoc } from './types.js';

/** How many years before the document a 提法 first said still dates the line. */
const NEW_FOR = 5;

/** Whether the line's wording places it in its document's year (a 提法 first said at most `newFor` years before). */
export function placesInTime(
  text: string,
  year: number | null,
  firstSeen?: ReadonlyMap<string, number>,
  newFor = NEW_FOR,
): boolean {
  if (timeTied(text)) return true;
  if (year === null) return false;
  return lexiconMatcher()
    .find(foldForSearch(text))
    .some((m) => {
      const first = firstYearOf(m.term, firstSeen);
      return typeof first === 'number' && first <= year && year - first <= newFor;
    });
}

/** Whether a shipped document is one of a yearly series: another of its type and source within two years of it (the
 * government work reports; not the party congresses' reports, five years apart, each known by its own lines). */
export function inYearlySeries(doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  // (A series has a named issuer: speeches with no source are no series.)
  if (doc.id.startsWith('u:') || doc.year === null || !doc.source) return false;
  return docs.some(
    (d) =>
      d.id !== doc.id &&
      d.type === doc.type &&
      d.source === doc.source &&
      d.year !== null &&
      Math.abs(d.year - doc.year!) <= 2,
  );
}

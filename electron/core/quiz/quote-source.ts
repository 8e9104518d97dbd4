// 金句 → 单选 “这句话出自哪篇文献 / 哪一年”: asked only of words the document says as its own and no other document
// shares; distractors are titles of the same family and years of the same period.
import { buildOptions } from './options.js';
import { inYearlySeries, placesInTime } from './dated-line.js';
import { datedForLearner } from './local-voice.js';
import { levelGivesAway, nearTwinTitle, titleGivesAway } from './quote-worth.js';
import { timeTied } from './import-lines.js';
import { foldedHan, hanChars } from '../text/normalize.js';
import type { QuoteFacts } from './quote-facts.js';
import type { QuoteLibrary } from './quote-library.js';
import { restatesInPart } from './restated-in-part.js';
import type { QuestionDraft, SourceDoc } from './types.js';

/** “这句话出自哪篇讲话或文献？” */
export function titleQuestion(lib: QuoteLibrary, f: QuoteFacts): QuestionDraft | null {
  const { docs } = lib;
  const { q, doc, rng, base } = f;
  if (!(f.others.length === 0 && f.fromHere && f.ownWording())) return null;
  // Titles of the same family (a government work report among government work reports, of
  // nearby years), never a resolution beside a report.
  const resolution = /决议$/.test(doc.title);
  const family = docs.filter(
    (d) =>
      d.id !== doc.id &&
      d.type === doc.type &&
      d.source === doc.source &&
      /决议$/.test(d.title) === resolution &&
      (d.year === null || doc.year === null || Math.abs(d.year - doc.year) <= 15),
  );
  const byTitle = buildOptions(
    doc.title,
    (family.length >= 3 ? family : docs.filter((d) => d.id !== doc.id && d.type === doc.type))
      .map((d) => d.title)
      // A title in traditional script (在全縣鄉村振興工作會議上的講話) beside the simplified answer is
      // the same words to the eye: a twin that misleads, never a choice; so is one a character
      // apart (在全县… beside 在全市优化营商环境大会上的讲话).
      .filter((t) => foldedHan(t) === hanChars(t) && !nearTwinTitle(t, doc.title)),
    rng,
  );
  // (Undated lines of a yearly series are dropped after the options are drawn: the quote's rng runs on as before.)
  if (
    byTitle &&
    !undatedInSeries(lib, f) &&
    !titleGivesAway(q.text, byTitle.options, byTitle.correct) &&
    !levelGivesAway(q.text, byTitle.options, byTitle.correct) &&
    !wrongOptionRestates(f, byTitle, (o) => docs.filter((d) => d.id !== doc.id && d.title === o))
  )
    return {
      ...base,
      kind: '单选',
      stem: `${f.quoted}\n这句话出自哪篇讲话或文献？`,
      options: byTitle.options,
      correct: [byTitle.correct],
      blanks: [],
    };
  return null;
}

/** Whether the quote is asked its year (else perhaps its speaker): draws on the quote's rng, so call it once. */
export function yearAsked(lib: QuoteLibrary, f: QuoteFacts): boolean {
  const { doc } = f;
  // A user's import is asked its year only of a line whose wording places it in time (import-lines.ts).
  const datable = !doc.id.startsWith('u:') || timeTied(f.q.text);
  return !!(
    doc.year &&
    f.fromHere &&
    datedForLearner(doc, lib.docs) &&
    f.rng() < 0.5 &&
    new Set(f.sayers.map((d) => d.year)).size === 1 &&
    f.ownWording() &&
    datable
  );
}

/** “这句话出自哪一年？”: years of the library within fifteen years. */
export function yearQuestion(lib: QuoteLibrary, f: QuoteFacts): QuestionDraft | null {
  const { doc } = f;
  const years = [...new Set(lib.docs.map((d) => d.year).filter((y): y is number => y !== null))];
  const near = years.filter((y) => y !== doc.year && Math.abs(y - (doc.year ?? 0)) <= 15);
  const byYear = buildOptions(
    `${doc.year}年`,
    near.map((y) => `${y}年`),
    f.rng,
  );
  if (!byYear || undatedInSeries(lib, f)) return null;
  if (wrongOptionRestates(f, byYear, (o) => lib.docs.filter((d) => d.id !== doc.id && `${d.year}年` === o)))
    return null;
  return {
    ...f.base,
    kind: '单选',
    stem: `${f.quoted}\n这句话出自哪一年？`,
    options: byYear.options,
    correct: [byYear.correct],
    blanks: [],
  };
}

/** Whether a wrong option's document restates the line in part (restated-in-part.ts): a learner could defend it. */
function wrongOptionRestates(
  f: QuoteFacts,
  asked: { options: string[]; correct: number },
  docsOf: (option: string) => SourceDoc[],
): boolean {
  return asked.options.some((o, i) => i !== asked.correct && docsOf(o).some((d) => restatesInPart(f.q.text, d)));
}

/** A line of a yearly series of reports that nothing in its wording dates (dated-line.ts). */
const undatedInSeries = (lib: QuoteLibrary, f: QuoteFacts) =>
  inYearlySeries(f.doc, lib.docs) && !placesInTime(f.q.text, f.doc.year, lib.src.firstSeen);

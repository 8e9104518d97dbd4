// The kinds of labelled set: what each prints below the figure rows, writes with --dump and leaves unjudged. A set of
// the table (sets.ts) names its kind; kinds print in `section` order, the sets of one kind in table order.
import type { SetKind } from './figure-table.js';
import type { HistoryResult } from './history.js';
import type { ImportedQuestionResult } from './imported-questions.js';
import type { LibraryDrawResult } from './library-draw.js';
import type { LocalResult } from './local-quotes.js';
import type { QuestionResult } from './questions.js';
import type { QuoteResult, SpeakerResult } from './quotes.js';
import type { TifaDocsResult } from './tifa-docs.js';
import type { TifaResult } from './tifa.js';

/** Sections printed after the imported speeches and wrong speakers (eval-knowledge.ts) start here. */
export const LATE_SECTION = 8;

export const TIFA_TOP: SetKind<TifaResult> = {
  section: 0,
  detail: (_, r) => [`  提法: ${r.notReal.length} not real, ${r.unjudged.length} unjudged in the top ${r.top.length}`],
  unjudged: (r) => r.unjudged,
  dump: (_, r) => ({ 'tifa-unjudged.json': r.top.filter((t) => r.unjudged.includes(t.term)) }),
};

export const TIFA_DOCS: SetKind<TifaDocsResult> = {
  section: 1,
  detail: (set, r) => [
    `  提法 per document ${set}: ${r.listed} listed, ${r.notReal.length} not real, ${r.unjudged.length} unjudged, ${r.missed.length} hand-listed missed`,
    ...[...r.notReal, ...r.unjudged].map((t) => `    listed, not a 提法 or unjudged: ${t}`),
    ...[...r.wrongCounts, ...r.wrongTimeline].map((t) => `    counted wrong (got/labelled): ${t}`),
  ],
  unjudged: (r) => r.unjudged,
};

/** Its wrong speakers print after the imported speeches (eval-knowledge.ts). */
export const SPEAKERS: SetKind<SpeakerResult> = {
  section: 2,
  detail: (_, r) => [
    `  金句 attribution: ${r.checked} checked, ${r.unknown.length} unknown (allowed), ${r.missing.length} not extracted`,
  ],
  dump: (_, r) => ({ 'speakers-missing.json': r.missing }),
};

/** Every labelled 金句 document at once: what is unjudged or missed. */
export const QUOTES_ALL: SetKind<QuoteResult> = {
  section: 3,
  detail: (_, r) => [
    `  金句 in ${r.docs} labelled documents: ${r.outputs} outputs, ${r.bad.length} not good, ${r.unjudged.length} unjudged, ${r.missed.length} hand-picked missed`,
  ],
  unjudged: (r) => r.unjudged,
  dump: (_, r) => ({ 'quotes-unjudged.json': r.unjudged, 'quotes-missed.json': r.missed }),
};

/** A round's share of the labelled 金句 documents: figures only (QUOTES_ALL lists what is unjudged). */
export const QUOTES_PART: SetKind<QuoteResult> = { section: 3 };

export const QUESTIONS: SetKind<QuestionResult> = {
  section: 4,
  detail: (_, r) => [
    `  questions: ${r.total} in the sample, ${r.good} good, ${r.acceptable} acceptable, ${r.bad.length} bad, ${r.unjudged.length} unjudged`,
  ],
  unjudged: (r) => r.unjudged,
  dump: (_, r) => ({ 'questions-unjudged.json': r.unjudged }),
  wrongKeys: (r) => r.wrongKeys,
};

/** A judged draw of the shipped library's 金句, printed under `heading`; `keptBad` lists those still output. */
export const libraryDraw = (heading: string, keptBad: boolean): SetKind<LibraryDrawResult> => ({
  section: 5,
  detail: (_, r) => [
    `  ${heading}: ${r.kept} of ${r.drawn} drawn still output, ${r.keptBad.length} of them not good, ${r.lostGood.length} good ones lost`,
    ...r.lostGood.map((q) => `    lost good library 金句: ${q.text.slice(0, 40)}`),
    ...(keptBad ? r.keptBad.map((q) => `    not good library 金句: ${q.text.slice(0, 40)}`) : []),
  ],
});

/** 金句 of documents imported as a user would (quotes-local21.json, quotes-news25.json …). */
export const LOCAL: SetKind<LocalResult> = {
  section: 6,
  detail: (set, r) => [
    `  金句 in ${r.docs} imported local documents (${set}): ${r.outputs} outputs, ${r.bad.length} not good, ${r.unjudged.length} unjudged, ${r.missed.length} picks missed`,
    ...r.wrongSpeakers.map((w) => `    wrong speaker in an imported local document: ${w}`),
  ],
  unjudged: (r) => r.unjudged,
  dump: (_, r) => ({ 'quotes-local21-unjudged.json': r.unjudged }),
};

export const HISTORY: SetKind<HistoryResult> = {
  section: 7,
  detail: (set, r) => [
    `  history ${set}: ${r.files} labelled excerpts, ${r.wrongStatus.length} wrong status, ${r.studyItems.length} study items from old lines, ${r.blockedKeep.length} valid lines blocked`,
    ...[...r.wrongStatus, ...r.studyItems, ...r.blockedKeep].map((w) => `    ${w}`),
  ],
};

/** Questions drawn from imported documents; `heading` opens the line, `dumpFile` gathers the set's unjudged. */
export const imported = (dumpFile: string, heading?: string): SetKind<ImportedQuestionResult> => ({
  section: LATE_SECTION,
  detail: (set, r) => [
    `  ${heading ?? 'questions from imported documents'} (${set}): ${r.total} drawn, ${r.good} good, ${r.acceptable} acceptable, ${r.bad.length} bad, ${r.unjudged.length} unjudged`,
  ],
  unjudged: (r) => r.unjudged,
  dump: (_, r) => ({ [dumpFile]: r.unjudged }),
  wrongKeys: (r) => r.wrongKeys,
});

/** A figure over other sets' reports (wrong speakers of a whole file): nothing of its own to print. */
export const DERIVED: SetKind<null> = { section: 0 };

// 新提法: formulations found in the newer document and nowhere in the older one, and those that
// disappeared, each with its first use in the whole library. Candidates come from a
// FormulationSource; occurrence tests run on the folded text, so a formulation counts whether it
// is quoted or not.
import type { FormulationChange, LibraryPlace } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { bodyText } from '../content/doc-fields.js';
import { byDateAsc, compareDates, docsWithPhrase } from '../search/phrase-docs.js';
import { findRow } from '../services/library-rows.js';
import { searchSources } from '../search/sources.js';
import { comparisonKey, foldForSearch } from '../text/normalize.js';
import type { DocText } from '../verify/doc-text.js';

/** Lists the candidate 提法 of one document. */
export interface FormulationSource {
  readonly name: string;
  termsOf(ctx: CoreContext, docId: string): string[];
}

/** Today's source: the library's 提法 rows (the all_terms view over bundle and user terms). The
 * curated lexicon (issue 10) writes the same tables, so the switch needs no change here. */
export const termsTableSource: FormulationSource = {
  name: '提法表（terms）',
  termsOf(ctx, docId) {
    const rows = ctx.userDb.prepare('SELECT DISTINCT term FROM all_terms WHERE doc_id = ?').pluck().all(docId);
    return (rows as string[]).filter(isFormulation);
  },
};

/** At least two letters (no single characters such as 进, 稳) and not a bare number. */
export function isFormulation(term: string): boolean {
  const key = comparisonKey(term).key;
  return key.length >= 2 && key.length <= 30 && !/^\d+$/.test(key);
}

function occurrences(folded: string, term: string): number {
  let n = 0;
  for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) n++;
  return n;
}

/** First paragraph of a document holding the (folded) term, or 0. */
export function firstParagraph(paragraphs: readonly { text: string }[], foldedTerm: string): number {
  const i = paragraphs.findIndex((p) => foldForSearch(p.text).includes(foldedTerm));
  return Math.max(0, i);
}

/** Earliest document of the library that contains the term, and how many contain it. */
export function firstUse(ctx: CoreContext, term: string): { first: LibraryPlace | null; docCount: number } {
  const docs = docsWithPhrase(searchSources(ctx), term).sort(byDateAsc);
  const m = docs[0];
  const row = m && findRow(ctx, m.docId);
  if (!m || !row) return { first: null, docCount: docs.length };
  const paragraph = firstParagraph(JSON.parse(row.paragraphs) as { text: string }[], foldForSearch(term));
  return { first: { docId: m.docId, title: m.title, date: m.date, year: m.year, paragraph }, docCount: docs.length };
}

function onlyIn(ctx: CoreContext, src: FormulationSource, has: DocText, lacks: DocText): FormulationChange[] {
  const hasFolded = foldForSearch(bodyText(has.paragraphs));
  const lacksFolded = foldForSearch(bodyText(lacks.paragraphs));
  const out: FormulationChange[] = [];
  for (const term of src.termsOf(ctx, has.row.id)) {
    const f = foldForSearch(term);
    const count = occurrences(hasFolded, f);
    if (!count || lacksFolded.includes(f)) continue;
    const { first, docCount } = firstUse(ctx, term);
    const paragraph = firstParagraph(has.paragraphs, f);
    // Same date as the earliest use (a report and the resolution on it): credit this document.
    const tie = first !== null && first.docId !== has.row.id && compareDates(first.date, has.row.date) === 0;
    const firstSeen = tie
      ? { ...first, docId: has.row.id, title: has.row.title, date: has.row.date, paragraph }
      : first;
    out.push({ term, count, paragraph, firstSeen, docCount });
  }
  // Formulations first used in this very document lead; then by frequency.
  const own = (c: FormulationChange) => (c.firstSeen?.docId === has.row.id ? 1 : 0);
  return out.sort((a, b) => own(b) - own(a) || b.count - a.count || a.term.localeCompare(b.term, 'zh'));
}

export function formulationChanges(ctx: CoreContext, older: DocText, newer: DocText, src = termsTableSource) {
  return { added: onlyIn(ctx, src, newer, older), removed: onlyIn(ctx, src, older, newer), source: src.name };
}

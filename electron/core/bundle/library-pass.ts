// The library-wide knowledge pass of the bundle build: 提法 are re-extracted with the rule
// formulations quoted anywhere in the library, and each 提法 gets its category, origin and the
// first year it occurs in the bundled reports (government work and congress reports); 金句 are
// re-ranked with the signal that another document of the library repeats them, and a sentence an
// earlier document by someone else already said is not credited to the later speaker.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import { yearOf } from '../content/doc-fields.js';
import { foldForSearch } from '../text/normalize.js';
import { extractQuotes, type QuoteContext } from '../content/quotes.js';
import { citeIndex } from '../knowledge/cross-cite.js';
import { collectRuleTerms, extractTerms, termInfo, type TermInfo } from '../knowledge/extract-terms.js';
import { recurringPolicyNames } from '../knowledge/policy-names.js';
import { quotedTerms } from '../knowledge/quoted-terms.js';
import { countedFormulations } from '../knowledge/counted-formulations.js';
import { seriesSiblings } from '../knowledge/series-siblings.js';
import { centreFormulations } from '../knowledge/centre-formulations.js';
import { upheldPhrases } from '../knowledge/upheld-phrases.js';
import { lexicon } from '../knowledge/lexicon.js';
import { lexiconPairHalves } from '../knowledge/listed-lexicon.js';
import { pairOf } from '../knowledge/pair-halves.js';
import { TWO_HANDS } from '../knowledge/two-hands.js';

/** 两手抓 and the lexicon pair that set it. */
const TWO_HANDS_PAIR = [TWO_HANDS, '两手抓、两手都要硬'] as const;

export interface LibraryTerm extends TermInfo {
  firstYear: number | null;
}

/** Whether a bundled document is one of the reports (first years count only those). */
export function isReport(doc: { origin: string }): boolean {
  return doc.origin.startsWith('library/');
}

/** First year each term occurs in the reports among `docs` (documents without a year are skipped). */
export function firstYears(docs: readonly Pick<ContentDocument, 'origin' | 'date' | 'terms'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs) {
    const y = yearOf(d.date);
    if (!isReport(d) || y === null) continue;
    for (const t of d.terms) if (t.occurrences.length && (out.get(t.term) ?? Infinity) > y) out.set(t.term, y);
  }
  return out;
}

/** First years with a pair's half (pair-halves.ts) kept only from its pair's first year on: a half the
 * reports say before the pair (和平统一 of Korea in 1955, 解放思想 in 1978) may be another sense or the
 * formulation before it was set, so that year is not certain and is left empty. */
export function honestFirstYears(first: Map<string, number>): Map<string, number> {
  const out = new Map(first);
  // 两手抓 written out (一手抓增产，一手抓节约, 1979) is the method before it was set as 两手抓、两手都要硬: the same rule.
  const halves = [...lexiconPairHalves().map((h) => [h.term, pairOf(h.term, lexicon())] as const), TWO_HANDS_PAIR];
  for (const [term, pair] of halves) {
    const half = first.get(term);
    const pairYear = pair === undefined ? undefined : first.get(pair);
    if (half !== undefined && (pairYear === undefined || half < pairYear)) out.delete(term);
  }
  return out;
}

/** Re-extracts every document's 提法 against the library's rule terms; returns the term table. */
export function libraryTerms(docs: ContentDocument[]): LibraryTerm[] {
  const folded = new Map(docs.map((d) => [d, d.paragraphs.map((p) => foldForSearch(p.text))]));
  const rules = collectRuleTerms([...folded.values()].flat());
  const reports = docs.filter(isReport).map((d) => ({ year: String(yearOf(d.date) ?? d.id), folded: folded.get(d)! }));
  for (const name of recurringPolicyNames(reports)) if (!rules.has(name)) rules.set(name, 'policy');
  for (const phrase of upheldPhrases(reports)) if (!rules.has(phrase)) rules.set(phrase, 'policy');
  for (const term of quotedTerms(folded.values())) if (!rules.has(term)) rules.set(term, 'quoted');
  for (const term of countedFormulations([...folded.values()])) if (!rules.has(term)) rules.set(term, 'counted');
  for (const term of centreFormulations([...folded.values()])) if (!rules.has(term)) rules.set(term, 'policy');
  for (const term of seriesSiblings([...folded.values()])) if (!rules.has(term)) rules.set(term, 'series');
  for (const d of docs) d.terms = extractTerms(d.paragraphs, rules);
  const first = honestFirstYears(firstYears(docs));
  const names = new Set(docs.flatMap((d) => d.terms.map((t) => t.term)));
  return [...names].sort().map((term) => ({ ...termInfo(term, rules), firstYear: first.get(term) ?? null }));
}

/** One document's 金句 with the library-wide “cited elsewhere” signal (`library`: the citeIndex of all). */
export function documentQuotes(
  d: Omit<QuoteContext, 'historical'> & Pick<ContentDocument, 'id' | 'paragraphs' | 'status'>,
  library: ReturnType<typeof citeIndex>,
): ContentDocument['quotes'] {
  return extractQuotes(
    d.paragraphs,
    {
      speakers: d.speakers,
      occasion: d.occasion,
      date: d.date,
      title: d.title,
      type: d.type,
      historical: d.status === '历史文献',
    },
    { cited: (text) => library.cited(d.id, text), saidEarlier: (text) => library.saidEarlier(d.id, text) },
  );
}

/** Re-extracts every document's 金句 with the library-wide “cited elsewhere” signal. */
export function libraryQuotes(docs: ContentDocument[]): void {
  const library = citeIndex(docs);
  for (const d of docs) d.quotes = documentQuotes(d, library);
}

/** Fills the bundle's term_info table (bundle-schema.ts). */
export function writeTermInfo(db: Database.Database, terms: readonly LibraryTerm[]): void {
  const ins = db.prepare('INSERT INTO term_info (term, category, origin, first_year) VALUES (?, ?, ?, ?)');
  for (const t of terms) ins.run(t.term, t.category, t.origin, t.firstYear);
}

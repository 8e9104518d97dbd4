// The listing layer of the 提法 lexicon (content/lexicon/tifa-listed.json): formulations a document's
// 提法 list and a 提法's timeline recognise, kept out of lexicon() on purpose. lexicon() also raises
// a sentence's 金句 score and chooses question keys, blanks and distractors, so a formulation added
// there moves those too; one added here only lists what a document says (extract-terms.ts,
// term-places.ts), and quiz/source.ts drops its rows so no question is drawn on it.
import listedJson from '../../../content/lexicon/tifa-listed.json' with { type: 'json' };
import { foldForSearch } from '../text/normalize.js';
import { countedShapes, type CountedShape } from './counted-written.js';
import {
  entryItem,
  lexicon,
  matcherOf,
  matcherRows,
  type ListedEntry,
  type MatcherRows,
  type TermMatcher,
} from './lexicon.js';
import { partsShapes } from './numbered-parts.js';
import { pairHalves } from './pair-halves.js';
import { particleForms } from './particle-forms.js';
import { planForms } from './plan-forms.js';
import { tifaPrebuilt } from './tifa-prebuilt.js';

/** The layer's entries, held to the lexicon's schema by a unit test. */
export function listedLexicon(): ListedEntry[] {
  return listedJson.entries as ListedEntry[];
}

let halves: ListedEntry[] | null = null;
/** The halves of the lexicon's pairs said alone (pair-halves.ts): listed, never a question's material. */
export function lexiconPairHalves(): ListedEntry[] {
  halves ??= tifaPrebuilt()?.halves ?? pairHalves(lexicon());
  return halves;
}

let listedTerms: Set<string> | null = null;
/** Whether a term is the layer's alone (or a pair's half): listed, never a question's material. */
export function isListedOnly(term: string): boolean {
  listedTerms ??= new Set([...listedLexicon(), ...lexiconPairHalves()].map((e) => e.term));
  return listedTerms.has(term);
}

/** The Party's basic line, theory or programme (党的基本路线) is said without its owner as often as with
 * it (坚持基本路线, 党在社会主义初级阶段的基本路线): the owner-less form names it in lists and timelines only,
 * never in a question's blank, whose key must be the words the text says (guarded in lexicon.ts). */
const OWNED_BASIC = /^党的(基本\p{Script=Han}{2,})$/u;
const ownerless = (e: ListedEntry): string | undefined => OWNED_BASIC.exec(e.term)?.[1];

/** Whether an occurrence of `term` `length` long is its owner-less form: listed, never a question's material. */
export function isOwnerlessOccurrence(term: string, length: number): boolean {
  return OWNED_BASIC.test(term) && length === term.length - 2;
}

let addedLengths: Map<string, Set<number>> | null = null;
/** Whether an occurrence of `term` `length` long is a form the listing layer adds to a lexicon entry (the
 * owner-less 基本路线, a plan written out: plan-forms.ts, 的 inserted: particle-forms.ts, a counted 提法's clauses
 * or a numbered one's parts: counted-written.ts, numbered-parts.ts): listed, never a question's material. */
export function isListingFormOccurrence(term: string, length: number): boolean {
  addedLengths ??= new Map(
    lexicon().map((e) => [e.term, new Set([...planForms(e), ...particleForms(e)].map((f) => f.length))]),
  );
  return (
    isOwnerlessOccurrence(term, length) ||
    (addedLengths.get(term)?.has(length) ?? false) ||
    ([...writtenShapes(), ...partsShapes()].some((s) => s.term === term) && length > term.length)
  );
}

let shapes: CountedShape[] | null = null;
/** The counted 提法 whose written-out clauses the lexicon proves (counted-written.ts): 两个毫不动摇. */
export function writtenShapes(): CountedShape[] {
  shapes ??= tifaPrebuilt()?.shapes ?? writtenShapeList();
  return shapes;
}

export const writtenShapeList = (): CountedShape[] =>
  countedShapes([...lexicon(), ...lexiconPairHalves(), ...listedLexicon()]);

/** The forms the listing layer adds to a lexicon entry: its owner-less form, or its plan written out; and its
 * wording with 的 inserted (particle-forms.ts). */
const listingForms = (e: ListedEntry): string[] => {
  const bare = ownerless(e);
  return [...(bare ? [bare] : planForms(e)), ...particleForms(e)];
};

/** Every entry that names a 提法 in lists and timelines: the lexicon's (with their owner-less and written-out
 * forms), the halves of its pairs, then the layer's. */
export function tifaEntries(): ListedEntry[] {
  if (entries) return entries;
  const pre = tifaPrebuilt();
  const [lexiconAdded, listedAdded] = pre ? [pre.lexiconAdded, pre.listedAdded] : addedForms();
  entries = [
    ...lexicon().map((e, i) => withForms(e, lexiconAdded[i]!)),
    ...lexiconPairHalves(),
    ...listedLexicon().map((e, i) => withForms(e, listedAdded[i]!)),
  ];
  return entries;
}
let entries: ListedEntry[] | null = null;

/** The forms tifaEntries() adds to each lexicon entry and to each of the layer's (tifa-prebuilt.ts writes them). */
export const addedForms = (): [string[][], string[][]] => [
  lexicon().map(listingForms),
  listedLexicon().map((e) => particleForms(e)),
];

/** The entry with `added` among its variants (itself when there are none). */
const withForms = (e: ListedEntry, added: string[]): ListedEntry =>
  added.length ? { ...e, variants: [...(e.variants ?? []), ...added] } : e;

/** The rows of the listing layer's matcher (tifa-prebuilt.ts writes them at build time). */
export const listedRows = (): MatcherRows =>
  matcherRows([
    ...listedLexicon().map((e) => entryItem(withForms(e, particleForms(e)))),
    ...lexiconPairHalves().map((e) => entryItem(e)),
    // Plans written out are found by one test per paragraph instead (plan-forms.ts, extract-terms.ts): forms
    // opening on 第 would be tried at every 第一, 第二 of every text.
    ...lexicon().flatMap((e) => {
      const added = [...(ownerless(e) ? [ownerless(e)!] : []), ...particleForms(e)];
      return added.length ? [entryItem(e, added)] : [];
    }),
  ]);

let matcher: TermMatcher | null = null;
export function listedMatcher(): TermMatcher {
  matcher ??= matcherOf(tifaPrebuilt()?.listedRows ?? listedRows());
  return matcher;
}

let plans: Set<string> | null = null;
/** The lexicon's plan entries (六五 … 十五五) whose written-out forms name them (plan-forms.ts). */
export function planTerms(): ReadonlySet<string> {
  plans ??= new Set(tifaPrebuilt()?.plans ?? planTermList());
  return plans;
}

export const planTermList = (): string[] =>
  lexicon()
    .filter((e) => planForms(e).length)
    .map((e) => e.term);

let forms: Set<string> | null = null;
/** Whether a folded span is a form (a term or a variant) the lexicon, both layers, already lists:
 * the shape rules (quoted, counted, series, centre, policy names) add only what it does not. */
export function isLexiconForm(span: string): boolean {
  forms ??= new Set(tifaEntries().flatMap((e) => [e.term, ...(e.variants ?? [])].map(foldForSearch)));
  return forms.has(span);
}

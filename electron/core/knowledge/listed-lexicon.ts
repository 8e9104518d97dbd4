// The listing layer of the 提法 lexicon (content/lexicon/tifa-listed.json): formulations a document's
// 提法 list and a 提法's timeline recognise, kept out of lexicon() on purpose. lexicon() also raises
// a sentence's 金句 score and chooses question keys, blanks and distractors, so a formulation added
// there moves those too; one added here only lists what a document says (extract-terms.ts,
// term-places.ts), and quiz/source.ts drops its rows so no question is drawn on it.
import listedJson from '../../../content/lexicon/tifa-listed.json' with { type: 'json' };
import { buildMatcher, entryItem, lexicon, type ListedEntry, type TermMatcher } from './lexicon.js';

/** The layer's entries, held to the lexicon's schema by a unit test. */
export function listedLexicon(): ListedEntry[] {
  return listedJson.entries as ListedEntry[];
}

let listedTerms: Set<string> | null = null;
/** Whether a term is the layer's alone: listed, never a question's material. */
export function isListedOnly(term: string): boolean {
  listedTerms ??= new Set(listedLexicon().map((e) => e.term));
  return listedTerms.has(term);
}

/** Every entry that names a 提法 in lists and timelines: the lexicon's, then the layer's. */
let entries: ListedEntry[] | null = null;
export function tifaEntries(): ListedEntry[] {
  entries ??= [...lexicon(), ...listedLexicon()];
  return entries;
}

let matcher: TermMatcher | null = null;
export function listedMatcher(): TermMatcher {
  matcher ??= buildMatcher(listedLexicon().map((e) => entryItem(e)));
  return matcher;
}

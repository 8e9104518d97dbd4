// Where a 提法 occurs in one document, for its timeline (term-timeline.ts): the phrases whose
// documents may hold it and its occurrences in the document's folded paragraphs. A lexicon 提法 is
// found as the library's 提法 lists find it — every variant (稳健货币政策 for 稳健的货币政策), none
// of the places its guards exclude (平稳增长 is no 稳增长, 乡村振兴领导小组 a body's name) — so its
// timeline counts what its list counts. Any other phrase keeps the general guards of a formulation.
import { buildMatcher, entryItem, type ListedEntry, type TermMatcher } from '../knowledge/lexicon.js';
import { tifaEntries, writtenShapes } from '../knowledge/listed-lexicon.js';
import { writtenCounts } from '../knowledge/counted-written.js';
import { partsShapes, partsUses } from '../knowledge/numbered-parts.js';
import { docSenseOk } from '../knowledge/sense-guards.js';
import { findAcrossGaps } from '../knowledge/han-gaps.js';
import { TWO_HANDS, twoHandsPlaces } from '../knowledge/two-hands.js';
import { foldForSearch } from '../text/normalize.js';

export interface TermPlace {
  paragraph: number;
  start: number;
  length: number;
}

export interface TermPlaces {
  /** Folded phrases to look documents up by. */
  forms: string[];
  /** Every occurrence in one document's folded paragraphs. */
  find(folded: readonly string[]): TermPlace[];
}

/** An entry's term and variants, folded, each once. */
const foldedForms = (e: ListedEntry) => [...new Set([e.term, ...(e.variants ?? [])].map(foldForSearch))];

/** The lexicon entry (or listing-layer entry) whose term or a variant is the folded phrase. */
function entryOf(t: string): ListedEntry | undefined {
  const all = tifaEntries();
  return all.find((e) => foldForSearch(e.term) === t) ?? all.find((e) => foldedForms(e).includes(t));
}

export function termPlaces(term: string): TermPlaces {
  const t = foldForSearch(term.trim());
  if (!t) return { forms: [], find: () => [] };
  // 两手抓 is also written out (一手抓…，一手抓…): found as its list finds it (two-hands.ts).
  if (t === TWO_HANDS)
    return {
      forms: ['手抓'],
      find: twoHandsPlaces,
    };
  const e = entryOf(t);
  const matcher: TermMatcher = buildMatcher([e ? entryItem(e) : { term: t, forms: [] }]);
  // 两个毫不动摇 written out as its two clauses (counted-written.ts), found as its list finds it.
  const shapes = writtenShapes().filter((s) => e && s.term === e.term);
  // 六稳 written out by all its parts (numbered-parts.ts): a document holding the run holds its first part.
  const parts = partsShapes().filter((s) => e && s.term === e.term);
  const forms = e ? [...foldedForms(e), ...shapes.map((s) => s.head), ...parts.flatMap((s) => s.parts[0]!)] : [t];
  const fold = (ws?: readonly string[]) => ws?.map(foldForSearch);
  return {
    forms,
    find(folded) {
      // 双创 is 大众创业万众创新 only in a document that speaks of 创业 (docWith / docWithout).
      if (e && (e.docWith || e.docWithout)) {
        const sense = { docWith: fold(e.docWith), docWithout: fold(e.docWithout) };
        if (!docSenseOk(folded.join('\n'), sense)) return [];
      }
      return folded.flatMap((p, paragraph) =>
        [...findAcrossGaps(matcher, p), ...writtenCounts(p, shapes), ...partsUses(p, parts)].map((h) => ({
          paragraph,
          start: h.start,
          length: h.length,
        })),
      );
    },
  };
}

// Where a 提法 occurs in one document, for its timeline (term-timeline.ts): the phrases whose
// documents may hold it and its occurrences in the document's folded paragraphs.
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

export function termPlaces(term: string): TermPlaces {
  const t = foldForSearch(term.trim());
  return {
    forms: t ? [t] : [],
    find(folded) {
      const out: TermPlace[] = [];
      folded.forEach((p, paragraph) => {
        for (let at = p.indexOf(t); t && at >= 0; at = p.indexOf(t, at + t.length))
          out.push({ paragraph, start: at, length: t.length });
      });
      return out;
    },
  };
}

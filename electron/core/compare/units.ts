// A document cut into the units the comparison aligns: paragraphs (kept with their kind, so
// section headings line up) and their sentences, each with its comparison key.
import type { Paragraph } from '../../contract/api.js';
import { splitSentences } from '../text/sentences.js';
import { comparisonKey } from '../text/normalize.js';

export interface Unit {
  id: number;
  paragraph: number;
  text: string;
  key: string;
}
export interface DocUnits {
  paragraphs: Paragraph[];
  sentences: Unit[];
  /** Sentence ids of each paragraph, in order. */
  byParagraph: number[][];
}

export function docUnits(paragraphs: Paragraph[]): DocUnits {
  const sentences: Unit[] = [];
  const byParagraph = paragraphs.map((p, pi) =>
    splitSentences(p.text).map((s) => {
      const id = sentences.length;
      sentences.push({ id, paragraph: pi, text: s.text, key: comparisonKey(s.text).key });
      return id;
    }),
  );
  return { paragraphs, sentences, byParagraph };
}

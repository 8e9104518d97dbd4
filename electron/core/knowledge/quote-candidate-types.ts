// A candidate 金句 of one document, and what quote-candidates.ts reads of the document.
import type { Paragraph } from '../../contract/api.js';

export interface QuoteCandidate {
  paragraph: number;
  /** Offsets of the 金句 text in the paragraph. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** `saying`: a well-known saying the text quotes without marks (sayings.ts). */
  source: 'frame' | 'own' | 'saying';
  /** The classic a saying comes from (`《礼记·中庸》`). */
  work?: string;
  /** The first sentence of its paragraph (a topic sentence). */
  first?: boolean;
  /** One sentence of a longer framed quotation. */
  part?: boolean;
  /** The opening judgement of a sentence too long to be a 金句 (opening-judgement.ts): it takes a slot the
   * whole sentences leave free. */
  clause?: boolean;
  /** The next sentence turns against it (…是好的。但…): what it says is conceded, the point follows. */
  conceded?: boolean;
  /** Introduced as a lesson (实践表明，…): a thesis the text draws from what it told. */
  lesson?: boolean;
  /** Framed words someone said to the speaker (`林某某同志曾对我说：“……”`): a remark of a story. */
  toMe?: boolean;
  /** Words the text reports as a named person's without marks (`习近平总书记强调，要……`). */
  reported?: boolean;
  /** Reported words in a report or an article, whose content they are (not a line a speech or a
   * document cites among its own). */
  retold?: boolean;
  /** A thesis a meeting report's meeting states (`会议指出，……`, meeting-theses.ts): nobody's, and no speaker's
   * place in the report fill. */
  collective?: boolean;
  /** A text's own words put in marks (`党的十五大报告强调，“……”`, meeting-theses.ts): chosen by the author as a
   * framed quotation is, and weighed as one (quote-rank.ts), though credited to nobody. */
  quoted?: boolean;
}

export interface CandidateDoc {
  paragraphs: readonly Paragraph[];
  type: string;
  speakers: readonly { name: string }[];
  /** The document's title (`——访县长郑志远`): it may name whom a transcript's turns belong to. */
  title?: string;
}

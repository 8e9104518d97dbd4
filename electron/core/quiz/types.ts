// Internal shapes of the quiz engine: a draft is a question before it is stored.
import type { QuizItem } from '../../contract/api.js';

export type FactKind = QuizItem['factKind'];

/** A question before it is stored: a QuizItem without its id, origin and resolved source title. */
export type QuestionDraft = Omit<QuizItem, 'id' | 'origin' | 'sourceTitle'>;

export interface SourceDoc {
  id: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  source: string | null;
  speakers: string[];
  occasion: string | null;
  paragraphs: { kind: 'p' | 'h'; text: string }[];
}

export interface SourceQuote {
  id: string;
  docId: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  /** Rank of the 金句 in the bundle (quote-rank.ts); null for user imports. */
  score?: number | null;
  /** Why it is a 金句 (`习近平的原话；对仗` …); null for user imports. */
  reason?: string | null;
}

export interface SourceTerm {
  term: string;
  docId: string;
  paragraph: number;
  start: number;
}

/** Everything generation reads: the bundle and the user's imported documents together. */
export interface QuizSource {
  docs: Map<string, SourceDoc>;
  quotes: SourceQuote[];
  terms: SourceTerm[];
  /** The first year each 提法 is found in the library (the bundled reports, the study documents). */
  firstSeen?: ReadonlyMap<string, number>;
}

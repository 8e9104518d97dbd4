// Shapes shared by the import pipeline, the content bundle, the user database and search.
import type { DocType, Paragraph } from '../../contract/api.js';
import type { DocStatus } from '../knowledge/status.js';
import type { ExtractedTerm } from '../knowledge/extract-terms.js';

/** A 金句: a complete sentence with a certain speaker (or none), located in its paragraph. */
export interface ExtractedQuote {
  paragraph: number;
  /** Offsets of the quoted text (without the quotation marks) inside the paragraph. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  /** Formatted 出处 line, e.g. `——习近平在…上的讲话（2021年9月）`. */
  citation: string;
  /** Why it was chosen (cited elsewhere, parallel form, …), shown in the app. */
  reason?: string;
  /** Ranking score (higher is better), for ordering 金句 across documents. */
  score?: number;
}

export type { ExtractedTerm } from '../knowledge/extract-terms.js';

/** One clean document as produced by the pipeline and stored in the bundle or user database. */
export interface ContentDocument {
  id: string;
  title: string;
  type: DocType;
  /** ISO date, possibly partial: `2021`, `2021-05`, `2021-05-07`. */
  date: string | null;
  source: string | null;
  speakers: { name: string; role: string | null }[];
  occasion: string | null;
  place: string | null;
  script: 'simplified' | 'traditional';
  paragraphs: Paragraph[];
  quotes: ExtractedQuote[];
  terms: ExtractedTerm[];
  /** Hash of the normalised body, for exact de-duplication. */
  hash: string;
  /** Where it came from (file name, row). */
  origin: string;
  /** 现行 or 历史文献 (from the content manifest); absent means 现行 (user imports). */
  status?: DocStatus;
  /** Why a historical document is historical, one line; null for current ones. */
  statusNote?: string | null;
}

/** What cleaning removed, for the import report. */
export interface CleanReport {
  removed: { reason: string; text: string }[];
}

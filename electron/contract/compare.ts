// API contract, 对比阅读 and 引文核对 (issue 16): compare two documents sentence by sentence with
// their new 提法 and changed figures, verify a quotation against the library, and follow one 提法
// through the years.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { COMPARE_METHODS } from '../shared/api-methods.js';
import { id, type ExportFile } from './common.js';

const term = z.string().trim().min(2).max(60);

export const compareSchemas = lazySchemas({
  /** Without ids: the newest report and the one before it of the same kind. */
  compareDocuments: () => z.object({ olderId: id.optional(), newerId: id.optional() }).strict(),
  exportComparison: () => z.object({ olderId: id, newerId: id }).strict(),
  verifyQuotation: () => z.object({ text: z.string().max(20_000) }).strict(),
  termTimeline: () => z.object({ term }).strict(),
  exportTermTimeline: () => z.object({ term }).strict(),
} satisfies Record<(typeof COMPARE_METHODS)[number], () => z.ZodType>);

// ---- 对比阅读 ----
export type SentenceStatus = 'same' | 'changed' | 'added' | 'removed';
/** A piece of a changed sentence: `add` only on the newer side, `del` only on the older side. */
export interface DiffPart {
  text: string;
  op: 'same' | 'add' | 'del';
}
export interface CompareSentence {
  /** Index of the sentence in its document (per side). */
  id: number;
  text: string;
  status: SentenceStatus;
  /** Matched, but in a paragraph that is not this paragraph's counterpart (reordered). */
  moved: boolean;
  /** The matching sentence's id on the other side, or null (added / removed). */
  counterpart: number | null;
  /** Word-level difference of a changed sentence, else null. */
  parts: DiffPart[] | null;
}
export interface CompareParagraph {
  index: number;
  kind: 'p' | 'h';
  sentences: CompareSentence[];
}
/** One line of the side-by-side view: counterpart paragraphs, or a paragraph on one side only. */
export interface CompareRow {
  older: CompareParagraph | null;
  newer: CompareParagraph | null;
}
export interface ComparedDocument {
  id: string;
  title: string;
  date: string | null;
  year: number | null;
  citation: string;
}
/** A place in the library where a text occurs. */
export interface LibraryPlace {
  docId: string;
  title: string;
  date: string | null;
  year: number | null;
  paragraph: number;
}
export interface FormulationChange {
  term: string;
  /** Occurrences in the document that has it (the newer one for new 提法, the older for dropped). */
  count: number;
  /** First paragraph where it occurs in that document. */
  paragraph: number;
  /** Earliest document of the whole library that contains it. */
  firstSeen: LibraryPlace | null;
  /** How many documents of the library contain it. */
  docCount: number;
}
export interface NumberChange {
  label: string;
  older: string | null;
  newer: string | null;
  olderParagraph: number | null;
  newerParagraph: number | null;
  /** The sentence each figure was read from. */
  olderSentence: string;
  newerSentence: string;
  changed: boolean;
  /** 'target' = curated indicator; 'other' = a sentence that differs only in its numbers. */
  kind: 'target' | 'other';
}
export interface Comparison {
  older: ComparedDocument;
  newer: ComparedDocument;
  rows: CompareRow[];
  stats: { same: number; changed: number; added: number; removed: number; moved: number };
  formulations: {
    added: FormulationChange[];
    removed: FormulationChange[];
    /** Where the candidate 提法 came from (the terms tables until the curated lexicon ships). */
    source: string;
  };
  numbers: NumberChange[];
}

// ---- 引文核对 ----
export type VerifyVerdict = '已核对' | '有出入' | '未找到';
/** `missing`: in the source, not in the pasted text; `extra`: pasted, not in the source. */
export interface VerifyPart {
  text: string;
  op: 'same' | 'missing' | 'extra';
}
export interface VerifyMatch extends LibraryPlace {
  speaker: string | null;
  /** The paragraph around the matched passage, and the passage's range in it. */
  excerpt: string;
  span: [number, number];
  /** 0–1, punctuation and script ignored; 1 = identical. */
  similarity: number;
  /** The passage compared with the pasted sentence, in reading order. */
  parts: VerifyPart[];
  /** The formatted 出处 line, ready to copy. */
  citation: string;
  historical: boolean;
}
export interface SentenceCheck {
  text: string;
  /** Offsets of the sentence in the pasted text. */
  start: number;
  end: number;
  verdict: VerifyVerdict;
  match: VerifyMatch | null;
  /** Other documents holding the same passage (later citations), up to a few. */
  alsoIn: LibraryPlace[];
  /** When nothing matched: the closest passages with their similarity. */
  closest: VerifyMatch[];
}
export interface Verification {
  sentences: SentenceCheck[];
  counts: Record<VerifyVerdict, number>;
  tookMs: number;
}

// ---- 提法 through the years ----
export interface TermOccurrence extends LibraryPlace {
  count: number;
  snippet: string;
}
export interface TermTimeline {
  term: string;
  total: number;
  years: { year: number; count: number; docs: number }[];
  first: TermOccurrence | null;
  latest: TermOccurrence | null;
  /** Sentences that say what the formulation is or asks (…是…, 坚持…, “…”). */
  definitions: (LibraryPlace & { text: string })[];
  occurrences: TermOccurrence[];
}

export interface CompareResults {
  compareDocuments: Comparison;
  exportComparison: ExportFile;
  verifyQuotation: Verification;
  termTimeline: TermTimeline;
  exportTermTimeline: ExportFile;
}

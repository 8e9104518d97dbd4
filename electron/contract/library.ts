// API contract, Library: the document list, one document, import, edit and delete, 金句 and 提法.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import { IMPORT_FILES_MAX } from '../shared/api-limits.js';
import type { LIBRARY_METHODS } from '../shared/api-methods.js';
import { docStatus, docType, fileRef, id, type DocStatus, type DocType, type Paragraph } from './common.js';

export const librarySchemas = lazySchemas({
  listDocuments: () =>
    z
      .object({
        type: docType.optional(),
        year: z.number().int().min(1900).max(2100).optional(),
        source: z.string().max(200).optional(),
        speaker: z.string().max(200).optional(),
        /** Documents carrying this tag or one of its sub-tags (`乡村振兴` includes `乡村振兴/人才`). */
        tag: z.string().max(100).optional(),
        sort: z.enum(['date-desc', 'date-asc', 'title']).default('date-desc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  getDocument: () => z.object({ id }).strict(),
  importFiles: () =>
    z
      .object({
        files: z.array(fileRef).min(1).max(IMPORT_FILES_MAX),
      })
      .strict(),
  updateDocument: () =>
    z
      .object({
        id,
        title: z.string().min(1).max(500).optional(),
        type: docType.optional(),
        date: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
          .nullable()
          .optional(),
        speaker: z.string().max(200).nullable().optional(),
        /** 场合 (e.g. 全县乡村振兴工作推进会), part of the 出处 line. */
        occasion: z.string().max(200).nullable().optional(),
        /** 现行 or 历史文献 (a bundled document's status is overridden, an imported one's changed). */
        status: docStatus.optional(),
      })
      .strict(),
  deleteDocument: () => z.object({ id }).strict(),
  listQuotes: () =>
    z
      .object({
        docId: id.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  listTerms: () => z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
} satisfies Record<(typeof LIBRARY_METHODS)[number], () => z.ZodType>);

export interface DocumentSummary {
  id: string;
  title: string;
  type: DocType;
  date: string | null;
  source: string | null;
  speakers: string[];
  occasion: string | null;
  script: 'simplified' | 'traditional';
  chars: number;
  origin: 'bundle' | 'user';
  /** 历史文献 are read and searched, but feed 金句, 提法 and questions only when opted in. */
  status: DocStatus;
  /** One line on why a historical document is historical (bundled ones), else null. */
  statusNote: string | null;
}
export interface DocumentFull extends DocumentSummary {
  place: string | null;
  paragraphs: Paragraph[];
  citation: string;
}
/** A row of the 书库 list: the summary plus the opening of the body. */
export interface DocumentListItem extends DocumentSummary {
  excerpt: string;
}
export interface DocumentList {
  total: number;
  items: DocumentListItem[];
  facets: {
    type: Record<string, number>;
    year: Record<string, number>;
    source: Record<string, number>;
    speaker: Record<string, number>;
    tag: Record<string, number>;
  };
}
export interface Quote {
  id: string;
  docId: string;
  paragraph: number;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  citation: string;
  /** Why the extractor chose this 金句 (排比；书库中另有2篇文献引用…); absent for imported ones. */
  reason?: string;
}
export interface Term {
  term: string;
  count: number;
  docIds: string[];
  /** The lexicon category (经济建设, 党的建设…) or the rule (数字提法, 缩略语), when known. */
  category?: string | null;
  /** The year the 提法 first occurs in the bundled reports, when known. */
  firstYear?: number | null;
}
/** One thing an import removed or noticed (a boilerplate line, pinyin, a repeated block, damaged bytes). */
export interface ImportRemoval {
  reason: string;
  text: string;
}
/** An imported document that is a large excerpt (节选) of one already in the library. */
export interface ImportExcerpt {
  docId: string;
  fullId: string;
  fullTitle: string;
  /** Share of the excerpt's text found in the full document (0–1). */
  contained: number;
}
export interface ImportFileResult {
  name: string;
  status: 'imported' | 'duplicate' | 'error';
  message: string;
  docIds: string[];
  /** What the import removed, shown as a collapsed report (at most 200 entries). */
  removed?: ImportRemoval[];
  /** Excerpts of library documents: imported, and the user decides whether to keep them. */
  excerpts?: ImportExcerpt[];
}
export interface ImportResult {
  results: ImportFileResult[];
}

export interface LibraryResults {
  listDocuments: DocumentList;
  getDocument: DocumentFull;
  importFiles: ImportResult;
  updateDocument: DocumentSummary;
  deleteDocument: { deleted: boolean };
  listQuotes: { total: number; items: Quote[] };
  listTerms: { items: Term[] };
}

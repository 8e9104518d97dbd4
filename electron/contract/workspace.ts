// API contract, Study workspace: annotations, highlight colours, tags, 金句本, reader state, tag suggestions.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { WORKSPACE_METHODS } from '../shared/api-methods.js';
import { docType, id, type DocType, type ExportFile } from './common.js';
import type { DocumentFull, DocumentSummary } from './library.js';

export const workspaceSchemas = lazySchemas({
  listHighlightColors: () => z.object({}).strict(),
  renameHighlightColor: () =>
    z.object({ key: z.string().min(1).max(20), label: z.string().trim().min(1).max(20) }).strict(),
  createAnnotation: () =>
    z
      .object({
        docId: id,
        paragraph: z.number().int().min(0),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        color: z.string().min(1).max(20),
        note: z.string().max(10_000).default(''),
        tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
      })
      .strict(),
  updateAnnotation: () =>
    z
      .object({
        id: z.number().int().min(1),
        color: z.string().min(1).max(20).optional(),
        note: z.string().max(10_000).optional(),
        tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
      })
      .strict(),
  deleteAnnotation: () => z.object({ id: z.number().int().min(1) }).strict(),
  restoreAnnotation: () => z.object({ id: z.number().int().min(1) }).strict(),
  listAnnotations: () =>
    z
      .object({
        docId: id.optional(),
        color: z.string().max(20).optional(),
        tag: z.string().max(100).optional(),
        docType: docType.optional(),
        from: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        to: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        query: z.string().max(200).optional(),
        orphaned: z.boolean().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(2000).default(200),
      })
      .strict(),
  exportAnnotations: () =>
    z
      .object({
        format: z.enum(['md', 'docx']),
        groupBy: z.enum(['document', 'tag']).default('document'),
        docId: id.optional(),
        color: z.string().max(20).optional(),
        tag: z.string().max(100).optional(),
      })
      .strict(),
  listTags: () => z.object({}).strict(),
  setTagColor: () =>
    z
      .object({
        name: z.string().trim().min(1).max(100),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .nullable(),
      })
      .strict(),
  previewTagChange: () =>
    z
      .object({
        action: z.enum(['rename', 'merge', 'delete']),
        name: z.string().trim().min(1).max(100),
        to: z.string().trim().min(1).max(100).optional(),
      })
      .strict(),
  renameTag: () =>
    z.object({ name: z.string().trim().min(1).max(100), to: z.string().trim().min(1).max(100) }).strict(),
  mergeTag: () =>
    z.object({ name: z.string().trim().min(1).max(100), into: z.string().trim().min(1).max(100) }).strict(),
  deleteTag: () => z.object({ name: z.string().trim().min(1).max(100) }).strict(),
  tagItems: () =>
    z
      .object({
        kind: z.enum(['document', 'annotation', 'quote']),
        ids: z
          .array(z.union([z.string().min(1).max(200), z.number().int().min(1)]))
          .min(1)
          .max(5000),
        add: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
        remove: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
      })
      .strict(),
  toggleColoredTag: () =>
    z
      .object({
        kind: z.enum(['document', 'annotation', 'quote']),
        id: z.union([z.string().min(1).max(200), z.number().int().min(1)]),
        slot: z.number().int().min(1).max(9),
      })
      .strict(),
  tagSearchResults: () =>
    z
      .object({
        query: z.string().min(1).max(500),
        tag: z.string().trim().min(1).max(100),
        remove: z.boolean().default(false),
      })
      .strict(),
  listDocumentsByTag: () =>
    z.object({ tag: z.string().trim().min(1).max(100), includeChildren: z.boolean().default(true) }).strict(),
  getDocumentState: () => z.object({ docId: id }).strict(),
  setDocumentState: () =>
    z
      .object({
        docId: id,
        starred: z.boolean().optional(),
        readingPosition: z.number().int().min(0).nullable().optional(),
        /** Opts a historical document in as study material (金句, 提法, questions), or back out. */
        studyOptIn: z.boolean().optional(),
      })
      .strict(),
  getSimplifiedDocument: () => z.object({ id }).strict(),
  listQuoteBook: () =>
    z
      .object({
        source: z.enum(['all', 'saved', 'extracted']).default('all'),
        speaker: z.string().max(200).optional(),
        tag: z.string().max(100).optional(),
        year: z.number().int().min(1900).max(2100).optional(),
        starred: z.boolean().optional(),
        query: z.string().max(200).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  saveQuote: () =>
    z
      .object({
        quoteId: z.string().min(1).max(200).optional(),
        docId: id.optional(),
        paragraph: z.number().int().min(0).optional(),
        text: z.string().trim().min(1).max(5000).optional(),
        speaker: z.string().max(200).nullable().optional(),
        occasion: z.string().max(500).nullable().optional(),
        tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
      })
      .strict(),
  updateSavedQuote: () =>
    z
      .object({
        id: z.number().int().min(1),
        starred: z.boolean().optional(),
        tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
      })
      .strict(),
  deleteSavedQuote: () => z.object({ id: z.number().int().min(1) }).strict(),
  suggestTags: () => z.object({ docId: id, limit: z.number().int().min(1).max(50).default(8) }).strict(),
  dismissTagSuggestion: () => z.object({ docId: id, term: z.string().trim().min(1).max(100) }).strict(),
  listStarredDocuments: () => z.object({}).strict(),
} satisfies Record<(typeof WORKSPACE_METHODS)[number], () => z.ZodType>);

export interface HighlightColor {
  key: string;
  label: string;
  color: string;
  position: number;
}
export interface Annotation {
  id: number;
  docId: string;
  /** Null when the document no longer exists. */
  docTitle: string | null;
  docType: DocType | null;
  citation: string;
  /** Current place (re-attached on load); the stored place when orphaned. */
  paragraph: number;
  start: number;
  end: number;
  /** The text as highlighted when created. */
  quote: string;
  /** The text at the current place (differs from quote when the passage was edited). */
  text: string;
  color: string;
  note: string;
  tags: string[];
  /** True when the passage could not be found any more (未定位). */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface TagInfo {
  id: number;
  name: string;
  color: string | null;
  /** Key 1–9 that toggles this coloured tag, or null. */
  slot: number | null;
  counts: { documents: number; annotations: number; quotes: number };
}
export interface TagImpact {
  /** Tags renamed (to = new name), merged, or deleted (to = null), parent first. */
  tags: { from: string; to: string | null }[];
  documents: number;
  annotations: number;
  quotes: number;
}
export interface DocumentState {
  docId: string;
  starred: boolean;
  readingPosition: number | null;
  tags: string[];
  studyOptIn: boolean;
}
export interface BookQuote {
  /** Stable key: `q:<quoteId>` for extracted 金句, `s:<savedId>` for ones the user saved. */
  key: string;
  quoteId: string | null;
  savedId: number | null;
  docId: string | null;
  paragraph: number | null;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  citation: string;
  starred: boolean;
  tags: string[];
  origin: 'extracted' | 'user';
  /** A starred 金句 no longer found in the library after a content update (未定位): kept with its own
   * text and 出处, never dropped. */
  orphaned: boolean;
  /** Why the extractor chose an extracted 金句 (absent for the user's own). */
  reason?: string;
  /** A 金句 the user saved from a historical document (历史文献) not opted in as study material. */
  historical?: boolean;
}
export interface TagSuggestion {
  term: string;
  score: number;
  count: number;
}

export interface WorkspaceResults {
  listHighlightColors: { items: HighlightColor[] };
  renameHighlightColor: HighlightColor;
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: { deleted: boolean };
  restoreAnnotation: Annotation;
  listAnnotations: { total: number; orphaned: number; items: Annotation[] };
  exportAnnotations: ExportFile;
  listTags: { items: TagInfo[] };
  setTagColor: TagInfo;
  previewTagChange: TagImpact;
  renameTag: TagImpact;
  mergeTag: TagImpact;
  deleteTag: TagImpact;
  tagItems: { changed: number };
  toggleColoredTag: { tag: string; on: boolean };
  tagSearchResults: { documents: number; changed: number };
  listDocumentsByTag: { items: DocumentSummary[] };
  getDocumentState: DocumentState;
  setDocumentState: DocumentState;
  getSimplifiedDocument: DocumentFull;
  listQuoteBook: {
    total: number;
    items: BookQuote[];
    facets: { speaker: Record<string, number>; year: Record<string, number> };
  };
  saveQuote: BookQuote;
  updateSavedQuote: BookQuote;
  deleteSavedQuote: { deleted: boolean };
  suggestTags: { items: TagSuggestion[] };
  dismissTagSuggestion: { dismissed: boolean };
  listStarredDocuments: { items: DocumentSummary[] };
}

// The API contract: every call the UI may make, with its argument validator and result type.
// Used by main (IPC), the preload bridge, the web-mode server and client, and the renderer
// (which imports types only). One argument object per call keeps IPC and HTTP identical.
import { z } from 'zod';

const id = z.string().min(1).max(200);
const docType = z.enum(['讲话', '会议报道', '文件', '文章', '金句集']);

export const apiSchemas = {
  info: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  setSettings: z
    .object({
      theme: z.enum(['light', 'dark']).optional(),
      fontSize: z.number().int().min(12).max(32).optional(),
    })
    .strict(),
  listDocuments: z
    .object({
      type: docType.optional(),
      year: z.number().int().min(1900).max(2100).optional(),
      source: z.string().max(200).optional(),
      speaker: z.string().max(200).optional(),
      sort: z.enum(['date-desc', 'date-asc', 'title']).default('date-desc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
  getDocument: z.object({ id }).strict(),
  search: z
    .object({
      query: z.string().max(500),
      sort: z.enum(['relevance', 'date']).default('relevance'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(20),
    })
    .strict(),
  importFiles: z
    .object({
      files: z
        .array(z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(200_000_000) }).strict())
        .min(1)
        .max(100),
    })
    .strict(),
  updateDocument: z
    .object({
      id,
      title: z.string().min(1).max(500).optional(),
      type: docType.optional(),
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable().optional(),
      speaker: z.string().max(200).nullable().optional(),
    })
    .strict(),
  deleteDocument: z.object({ id }).strict(),
  listQuotes: z.object({ docId: id.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  listTerms: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
  // ---- search extras (issue 4) ----
  searchCatalogue: z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(10) }).strict(),
  searchQuotes: z
    .object({ query: z.string().max(500), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(20) })
    .strict(),
  findInDocument: z.object({ id, query: z.string().max(500) }).strict(),
  recordSearch: z.object({ query: z.string().min(1).max(500) }).strict(),
  listSearchHistory: z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
  clearSearchHistory: z.object({}).strict(),
  listSavedSearches: z.object({}).strict(),
  saveSearch: z.object({ name: z.string().min(1).max(100), query: z.string().min(1).max(500) }).strict(),
  deleteSavedSearch: z.object({ id: z.number().int().min(1) }).strict(),
} satisfies Record<string, z.ZodType>;

export type ApiMethod = keyof typeof apiSchemas;
export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;

// ---- result types ----
export type DocType = z.infer<typeof docType>;
export type Theme = 'light' | 'dark';
export interface Settings {
  theme: Theme;
  fontSize: number;
}
export interface InfoResult {
  app: string;
  version: string;
  node: string;
  electron: string | null;
  sqlite: string;
  dataDir: string;
  userDbPath: string;
  schemaVersion: number;
  content: { path: string; version: string | null; documents: number; quotes: number; terms: number };
  counts: { userDocuments: number; tags: number; annotations: number; quizItems: number; studySessions: number };
}
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
}
export interface Paragraph {
  kind: 'p' | 'h';
  text: string;
}
export interface DocumentFull extends DocumentSummary {
  place: string | null;
  paragraphs: Paragraph[];
  citation: string;
}
export interface DocumentList {
  total: number;
  items: DocumentSummary[];
  facets: { type: Record<string, number>; year: Record<string, number>; source: Record<string, number>; speaker: Record<string, number> };
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
}
export interface Term {
  term: string;
  count: number;
  docIds: string[];
}
export interface SearchHit {
  docId: string;
  title: string;
  type: DocType;
  date: string | null;
  source: string | null;
  score: number;
  hitCount: number;
  /** Snippets with hits marked as [start, end) ranges into the snippet text. */
  snippets: { text: string; paragraph: number; marks: [number, number][] }[];
}
export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: { type: Record<string, number>; year: Record<string, number>; source: Record<string, number>; tag: Record<string, number> };
  /** Set when the query could not be parsed and was run as plain text. */
  notice: string | null;
  tookMs: number;
}
/** A search-as-you-type suggestion from the catalogue (titles, speakers, 金句, 提法, tags). */
export interface CatalogueSuggestion {
  kind: 'title' | 'speaker' | 'occasion' | 'quote' | 'term' | 'tag';
  text: string;
  /** The document to open for titles and 金句; null for speakers, tags and multi-document 提法. */
  docId: string | null;
  count: number;
  matchedBy: 'text' | 'pinyin';
}
/** Every hit of a query inside one document, in reading order, for highlighting and next/previous. */
export interface DocumentHits {
  /** Hits in the title as [start, end) ranges. */
  title: [number, number][];
  hits: { paragraph: number; start: number; end: number }[];
  total: number;
  notice: string | null;
}
export interface SearchHistoryItem {
  id: number;
  query: string;
  searchedAt: string;
}
export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  createdAt: string;
}
export interface ImportFileResult {
  name: string;
  status: 'imported' | 'duplicate' | 'error';
  message: string;
  docIds: string[];
}
export interface ImportResult {
  results: ImportFileResult[];
}

export interface ApiResults {
  info: InfoResult;
  getSettings: Settings;
  setSettings: Settings;
  listDocuments: DocumentList;
  getDocument: DocumentFull;
  search: SearchResult;
  importFiles: ImportResult;
  updateDocument: DocumentSummary;
  deleteDocument: { deleted: boolean };
  listQuotes: { total: number; items: Quote[] };
  listTerms: { items: Term[] };
  searchCatalogue: { items: CatalogueSuggestion[] };
  searchQuotes: { total: number; items: Quote[]; notice: string | null };
  findInDocument: DocumentHits;
  recordSearch: { id: number };
  listSearchHistory: { items: SearchHistoryItem[] };
  clearSearchHistory: { deleted: number };
  listSavedSearches: { items: SavedSearch[] };
  saveSearch: SavedSearch;
  deleteSavedSearch: { deleted: boolean };
}

/** The API as the renderer sees it: `window.studyShelf.search({...})`. */
export type StudyShelfApi = { [M in ApiMethod]: (arg: ApiArgs<M>) => Promise<ApiResults[M]> };

// ---- errors: typed and serialisable across IPC and HTTP ----
export type ApiErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'UNKNOWN_METHOD' | 'BAD_INPUT' | 'INTERNAL';
export interface ApiErrorPayload {
  code: ApiErrorCode;
  /** A message for the user, in Simplified Chinese. */
  message: string;
  details?: string[];
}
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toPayload(): ApiErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

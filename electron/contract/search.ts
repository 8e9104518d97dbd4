// API contract, Search: full-text search, search-as-you-type catalogue, in-document hits, history and saved searches.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { SEARCH_METHODS } from '../shared/api-methods.js';
import { id, type DocStatus, type DocType } from './common.js';
import type { Quote } from './library.js';

export const searchSchemas = lazySchemas({
  search: () =>
    z
      .object({
        query: z.string().max(500),
        sort: z.enum(['relevance', 'date']).default('relevance'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(20),
        /** Read words of letters a–z as pinyin too (`dangjian` → 党建); false searches them literally. */
        pinyin: z.boolean().optional(),
      })
      .strict(),
  searchCatalogue: () =>
    z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(10) }).strict(),
  searchQuotes: () =>
    z
      .object({
        query: z.string().max(500),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  findInDocument: () => z.object({ id, query: z.string().max(500) }).strict(),
  recordSearch: () => z.object({ query: z.string().min(1).max(500) }).strict(),
  listSearchHistory: () => z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
  clearSearchHistory: () => z.object({}).strict(),
  listSavedSearches: () => z.object({}).strict(),
  saveSearch: () => z.object({ name: z.string().min(1).max(100), query: z.string().min(1).max(500) }).strict(),
  deleteSavedSearch: () => z.object({ id: z.number().int().min(1) }).strict(),
} satisfies Record<(typeof SEARCH_METHODS)[number], () => z.ZodType>);

export interface SearchHit {
  docId: string;
  title: string;
  type: DocType;
  date: string | null;
  source: string | null;
  score: number;
  hitCount: number;
  /** Set for historical documents (历史文献), so every hit shows the label. */
  status?: DocStatus;
  /** Snippets with hits marked as [start, end) ranges into the snippet text. */
  snippets: { text: string; paragraph: number; marks: [number, number][] }[];
}
export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: {
    type: Record<string, number>;
    year: Record<string, number>;
    source: Record<string, number>;
    tag: Record<string, number>;
  };
  /** Set when the query could not be parsed and was run as plain text. */
  notice: string | null;
  /** The a–z words read as pinyin (space-separated) and the Chinese terms also searched for them;
   *  null when none was read (a quoted word, or `pinyin: false`, is searched literally). */
  pinyin: { query: string; terms: string[] } | null;
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

export interface SearchResults {
  search: SearchResult;
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

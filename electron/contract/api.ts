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
      /** Documents carrying this tag or one of its sub-tags (`乡村振兴` includes `乡村振兴/人才`). */
      tag: z.string().max(100).optional(),
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
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .nullable()
        .optional(),
      speaker: z.string().max(200).nullable().optional(),
    })
    .strict(),
  deleteDocument: z.object({ id }).strict(),
  listQuotes: z
    .object({
      docId: id.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    })
    .strict(),
  listTerms: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
  // ---- search extras (issue 4) ----
  searchCatalogue: z
    .object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(10) })
    .strict(),
  searchQuotes: z
    .object({
      query: z.string().max(500),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(20),
    })
    .strict(),
  findInDocument: z.object({ id, query: z.string().max(500) }).strict(),
  recordSearch: z.object({ query: z.string().min(1).max(500) }).strict(),
  listSearchHistory: z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
  clearSearchHistory: z.object({}).strict(),
  listSavedSearches: z.object({}).strict(),
  saveSearch: z.object({ name: z.string().min(1).max(100), query: z.string().min(1).max(500) }).strict(),
  deleteSavedSearch: z.object({ id: z.number().int().min(1) }).strict(),
  // ---- quiz and spaced review (issue 6) ----
  quizGenerate: z
    .object({
      from: z.enum(['all', 'quotes', 'terms', 'numbers']).default('all'),
      count: z.number().int().min(1).max(5000).default(300),
      save: z.boolean().default(true),
    })
    .strict(),
  quizList: z
    .object({
      kind: z.enum(['填空', '单选', '多选', '判断']).optional(),
      tag: z.string().max(100).optional(),
      docId: id.optional(),
      origin: z.enum(['generated', 'user', 'imported']).optional(),
      query: z.string().max(200).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
  quizGet: z.object({ id: z.number().int().min(1) }).strict(),
  quizSave: z
    .object({
      id: z.number().int().min(1).optional(),
      kind: z.enum(['填空', '单选', '多选', '判断']),
      stem: z.string().max(2000),
      fact: z.string().max(2000).default(''),
      options: z.array(z.string().min(1).max(500)).max(8).default([]),
      correct: z.array(z.number().int().min(0).max(7)).max(8).default([]),
      blanks: z
        .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict())
        .max(10)
        .default([]),
      explanation: z.string().max(4000).default(''),
      tags: z.array(z.string().min(1).max(50)).max(20).default([]),
      docId: id.nullable().optional(),
      paragraph: z.number().int().min(0).nullable().optional(),
      start: z.number().int().min(0).nullable().optional(),
      end: z.number().int().min(0).nullable().optional(),
    })
    .strict(),
  quizDelete: z.object({ id: z.number().int().min(1) }).strict(),
  quizDaily: z.object({ newLimit: z.number().int().min(0).max(200).optional() }).strict(),
  quizTopic: z
    .object({
      tag: z.string().max(100).optional(),
      docId: id.optional(),
      kind: z.enum(['填空', '单选', '多选', '判断']).optional(),
      limit: z.number().int().min(1).max(200).default(20),
    })
    .strict(),
  quizExam: z
    .object({
      count: z.number().int().min(1).max(200).default(20),
      kinds: z.array(z.enum(['填空', '单选', '多选', '判断'])).optional(),
    })
    .strict(),
  quizAnswer: z
    .object({
      itemId: z.number().int().min(1),
      mode: z.enum(['daily', 'topic', 'exam', 'mistakes']),
      choice: z.array(z.number().int().min(0).max(7)).max(8).optional(),
      blanks: z.array(z.string().max(200)).max(10).optional(),
      durationMs: z.number().int().min(0).max(86_400_000).optional(),
    })
    .strict(),
  quizMistakes: z
    .object({ includeMastered: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(100) })
    .strict(),
  quizStats: z.object({ days: z.number().int().min(7).max(366).default(90) }).strict(),
  quizImport: z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(50_000_000) }).strict(),
  quizExport: z
    .object({
      ids: z.array(z.number().int().min(1)).min(1).max(500),
      format: z.enum(['docx', 'html', 'anki']),
      title: z.string().min(1).max(200).default('学习测验'),
    })
    .strict(),
  quizSetSettings: z.object({ newPerDay: z.number().int().min(0).max(200) }).strict(),
  quizSuggestBlanks: z
    .object({ text: z.string().min(1).max(2000), max: z.number().int().min(1).max(5).default(2) })
    .strict(),
  // ---- study workspace: annotations, tags, 金句本, reader state (issue 5) ----
  listHighlightColors: z.object({}).strict(),
  renameHighlightColor: z.object({ key: z.string().min(1).max(20), label: z.string().trim().min(1).max(20) }).strict(),
  createAnnotation: z
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
  updateAnnotation: z
    .object({
      id: z.number().int().min(1),
      color: z.string().min(1).max(20).optional(),
      note: z.string().max(10_000).optional(),
      tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ id: z.number().int().min(1) }).strict(),
  restoreAnnotation: z.object({ id: z.number().int().min(1) }).strict(),
  listAnnotations: z
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
  exportAnnotations: z
    .object({
      format: z.enum(['md', 'docx']),
      groupBy: z.enum(['document', 'tag']).default('document'),
      docId: id.optional(),
      color: z.string().max(20).optional(),
      tag: z.string().max(100).optional(),
    })
    .strict(),
  listTags: z.object({}).strict(),
  setTagColor: z
    .object({
      name: z.string().trim().min(1).max(100),
      color: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .nullable(),
    })
    .strict(),
  previewTagChange: z
    .object({
      action: z.enum(['rename', 'merge', 'delete']),
      name: z.string().trim().min(1).max(100),
      to: z.string().trim().min(1).max(100).optional(),
    })
    .strict(),
  renameTag: z.object({ name: z.string().trim().min(1).max(100), to: z.string().trim().min(1).max(100) }).strict(),
  mergeTag: z.object({ name: z.string().trim().min(1).max(100), into: z.string().trim().min(1).max(100) }).strict(),
  deleteTag: z.object({ name: z.string().trim().min(1).max(100) }).strict(),
  tagItems: z
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
  toggleColoredTag: z
    .object({
      kind: z.enum(['document', 'annotation', 'quote']),
      id: z.union([z.string().min(1).max(200), z.number().int().min(1)]),
      slot: z.number().int().min(1).max(9),
    })
    .strict(),
  tagSearchResults: z
    .object({
      query: z.string().min(1).max(500),
      tag: z.string().trim().min(1).max(100),
      remove: z.boolean().default(false),
    })
    .strict(),
  listDocumentsByTag: z
    .object({ tag: z.string().trim().min(1).max(100), includeChildren: z.boolean().default(true) })
    .strict(),
  getDocumentState: z.object({ docId: id }).strict(),
  setDocumentState: z
    .object({
      docId: id,
      starred: z.boolean().optional(),
      readingPosition: z.number().int().min(0).nullable().optional(),
    })
    .strict(),
  getSimplifiedDocument: z.object({ id }).strict(),
  listQuoteBook: z
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
  saveQuote: z
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
  updateSavedQuote: z
    .object({
      id: z.number().int().min(1),
      starred: z.boolean().optional(),
      tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    })
    .strict(),
  deleteSavedQuote: z.object({ id: z.number().int().min(1) }).strict(),
  suggestTags: z.object({ docId: id, limit: z.number().int().min(1).max(50).default(8) }).strict(),
  dismissTagSuggestion: z.object({ docId: id, term: z.string().trim().min(1).max(100) }).strict(),
  listStarredDocuments: z.object({}).strict(),
  // ---- study sessions: 学习专题, handout, projector, record (issue 7) ----
  listSessions: z.object({ year: z.number().int().min(1900).max(2100).optional() }).strict(),
  getSession: z.object({ id: z.number().int().min(1) }).strict(),
  createSession: z
    .object({
      title: z.string().trim().min(1).max(200),
      kind: z.enum(['支部党员大会', '党小组会', '党课', '主题党日', '中心组学习', '自定义']),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .default(null),
      place: z.string().max(200).default(''),
      host: z.string().max(100).default(''),
      attendees: z.array(z.string().trim().min(1).max(50)).max(500).default([]),
    })
    .strict(),
  updateSession: z
    .object({
      id: z.number().int().min(1),
      title: z.string().trim().min(1).max(200).optional(),
      kind: z.enum(['支部党员大会', '党小组会', '党课', '主题党日', '中心组学习', '自定义']).optional(),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .optional(),
      place: z.string().max(200).optional(),
      host: z.string().max(100).optional(),
      attendees: z.array(z.string().trim().min(1).max(50)).max(500).optional(),
    })
    .strict(),
  deleteSession: z.object({ id: z.number().int().min(1) }).strict(),
  addSessionItem: z
    .object({
      sessionId: z.number().int().min(1),
      kind: z.enum(['document', 'excerpt', 'quote', 'question', 'quiz', 'note']),
      docId: id.optional(),
      paragraph: z.number().int().min(0).optional(),
      start: z.number().int().min(0).optional(),
      end: z.number().int().min(1).optional(),
      quoteId: z.string().min(1).max(200).optional(),
      savedQuoteId: z.number().int().min(1).optional(),
      annotationId: z.number().int().min(1).optional(),
      quizItemIds: z.array(z.number().int().min(1)).max(100).optional(),
      text: z.string().max(20_000).optional(),
      citation: z.string().max(1000).optional(),
      position: z.number().int().min(0).optional(),
    })
    .strict(),
  updateSessionItem: z
    .object({
      id: z.number().int().min(1),
      content: z.string().max(20_000).optional(),
      citation: z.string().max(1000).optional(),
      quizItemIds: z.array(z.number().int().min(1)).max(100).optional(),
    })
    .strict(),
  removeSessionItem: z.object({ id: z.number().int().min(1) }).strict(),
  reorderSessionItems: z
    .object({ sessionId: z.number().int().min(1), itemIds: z.array(z.number().int().min(1)).max(1000) })
    .strict(),
  suggestSessionMaterial: z
    .object({
      topic: z.string().trim().max(200).default(''),
      tag: z.string().trim().max(100).optional(),
      limit: z.number().int().min(1).max(50).default(10),
    })
    .strict(),
  exportSessionHandout: z.object({ id: z.number().int().min(1) }).strict(),
  saveSessionRecord: z
    .object({
      id: z.number().int().min(1),
      attendance: z
        .array(
          z
            .object({
              name: z.string().trim().min(1).max(50),
              present: z.boolean().nullable(),
              reason: z.string().max(200).default(''),
            })
            .strict(),
        )
        .max(500),
      speakers: z
        .array(z.object({ name: z.string().trim().min(1).max(50), points: z.string().max(5000).default('') }).strict())
        .max(200)
        .default([]),
      discussion: z.string().max(20_000).default(''),
      content: z.string().max(5000).default(''),
      recorder: z.string().max(50).default(''),
    })
    .strict(),
  exportSessionRecord: z.object({ id: z.number().int().min(1) }).strict(),
  sessionYear: z.object({ year: z.number().int().min(1900).max(2100) }).strict(),
  exportSessionYear: z.object({ year: z.number().int().min(1900).max(2100), format: z.enum(['docx', 'csv']) }).strict(),
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
  facets: {
    type: Record<string, number>;
    year: Record<string, number>;
    source: Record<string, number>;
    tag: Record<string, number>;
  };
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

// ---- quiz and spaced review (issue 6) ----
export type QuizKind = '填空' | '单选' | '多选' | '判断';
/** A blank: [start, end) offsets into the item's fact text, with the text it covers. */
export interface QuizBlank {
  start: number;
  end: number;
  text: string;
}
export interface QuizItem {
  id: number;
  kind: QuizKind;
  factKind: 'quote' | 'term' | 'number' | 'sentence' | 'highlight' | 'authored' | 'imported';
  /** The source passage: document, paragraph and [start, end) of the fact in that paragraph. */
  docId: string | null;
  paragraph: number | null;
  start: number | null;
  end: number | null;
  /** Instruction or question text shown above the fact (choice stems already contain their ____). */
  stem: string;
  /** The canonical fact (e.g. the 金句), exactly the source span; 填空 blanks index into it. */
  fact: string;
  options: string[];
  /** Indexes of the correct options (单选/多选/判断). */
  correct: number[];
  /** Blank spans in `fact` (填空; for choice items, where the answer sits in the fact). */
  blanks: QuizBlank[];
  explanation: string;
  origin: 'generated' | 'user' | 'imported';
  tags: string[];
  /** Title of the source document, when it still exists. */
  sourceTitle: string | null;
}
export interface QuizAnswerResult {
  correct: boolean;
  item: QuizItem;
  rating: 'Again' | 'Hard' | 'Good' | null;
  nextDue: string | null;
  mistake: { wrongCount: number; streakRight: number; mastered: boolean } | null;
}
export interface QuizMistake {
  item: QuizItem;
  lastAnswer: string;
  wrongCount: number;
  streakRight: number;
  masteredAt: string | null;
  updatedAt: string;
}
export interface QuizStats {
  totals: { items: number; answered: number; correct: number; mistakesOpen: number; dueNow: number; newPerDay: number };
  streak: number;
  byKind: { kind: string; answered: number; correct: number }[];
  byTag: { tag: string; answered: number; correct: number }[];
  /** One row per local day and kind, for accuracy-over-time charts. */
  timeline: { date: string; kind: string; answered: number; correct: number }[];
  heatmap: { date: string; count: number }[];
  upcoming: { date: string; count: number }[];
}
export interface QuizImportResult {
  format: string;
  total: number;
  imported: number;
  duplicates: number;
  invalid: { index: number; reason: string }[];
}
export interface QuizExportResult {
  name: string;
  mimeType: string;
  dataBase64: string;
  /** Separate answer key (papers only). */
  answerKey: { name: string; mimeType: string; dataBase64: string } | null;
}

// ---- study workspace (issue 5) ----
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
}
export interface TagSuggestion {
  term: string;
  score: number;
  count: number;
}
export interface ExportFile {
  name: string;
  mimeType: string;
  dataBase64: string;
}

// ---- study sessions (issue 7) ----
export type SessionKind = '支部党员大会' | '党小组会' | '党课' | '主题党日' | '中心组学习' | '自定义';
export type SessionItemKind = 'document' | 'excerpt' | 'quote' | 'question' | 'quiz' | 'note';
export interface SessionItem {
  id: number;
  position: number;
  kind: SessionItemKind;
  /** Title for documents, the text for excerpts/金句/研讨题/notes, the quiz heading for quizzes. */
  content: string;
  /** 出处 line kept from when the item was added (survives edits and deletions of the source). */
  citation: string;
  docId: string | null;
  paragraph: number | null;
  /** Full text paragraphs for document items (empty for the rest). */
  paragraphs: string[];
  /** The quiz questions of a quiz item, in order (missing ones are skipped). */
  quiz: QuizItem[];
}
export interface SessionAttendee {
  name: string;
  planned: boolean;
  /** null = not signed in yet. */
  present: boolean | null;
  reason: string;
}
export interface SessionRecord {
  speakers: { name: string; points: string }[];
  discussion: string;
  /** 学习内容 as written in the record; empty = derived from the agenda. */
  content: string;
  recorder: string;
}
export interface SessionAttendance {
  expected: number;
  present: number;
  absent: number;
  /** 参学率 in percent with one decimal, or null before sign-in. */
  rate: number | null;
}
export interface SessionSummary {
  id: number;
  title: string;
  kind: SessionKind;
  date: string | null;
  place: string;
  host: string;
  itemCount: number;
  attendance: SessionAttendance;
  updatedAt: string;
}
export interface StudySession extends SessionSummary {
  items: SessionItem[];
  attendees: SessionAttendee[];
  record: SessionRecord;
}
export interface SessionMaterial {
  documents: {
    docId: string;
    title: string;
    date: string | null;
    citation: string;
    paragraph: number;
    snippet: string;
    score: number;
  }[];
  quotes: { quoteId: string; docId: string; text: string; citation: string }[];
  terms: { term: string; count: number; docIds: string[] }[];
}
export interface SessionYear {
  year: number;
  months: {
    month: number;
    sessions: {
      id: number;
      title: string;
      kind: SessionKind;
      date: string | null;
      topics: string[];
      attendance: SessionAttendance;
    }[];
  }[];
  totals: { sessions: number; expected: number; present: number; rate: number | null };
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
  quizGenerate: {
    generated: number;
    saved: number;
    duplicates: number;
    byFact: Record<string, number>;
    sample: QuizItem[];
  };
  quizList: { total: number; items: QuizItem[] };
  quizGet: QuizItem;
  quizSave: QuizItem;
  quizDelete: { deleted: boolean };
  quizDaily: { items: QuizItem[]; due: number; fresh: number; newPerDay: number };
  quizTopic: { items: QuizItem[] };
  quizExam: { items: QuizItem[] };
  quizAnswer: QuizAnswerResult;
  quizMistakes: { items: QuizMistake[] };
  quizStats: QuizStats;
  quizImport: QuizImportResult;
  quizExport: QuizExportResult;
  quizSetSettings: { newPerDay: number };
  quizSuggestBlanks: { blanks: QuizBlank[] };
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
  listSessions: { items: SessionSummary[] };
  getSession: StudySession;
  createSession: StudySession;
  updateSession: StudySession;
  deleteSession: { deleted: boolean };
  addSessionItem: StudySession;
  updateSessionItem: StudySession;
  removeSessionItem: StudySession;
  reorderSessionItems: StudySession;
  suggestSessionMaterial: SessionMaterial;
  exportSessionHandout: ExportFile;
  saveSessionRecord: StudySession;
  exportSessionRecord: ExportFile;
  sessionYear: SessionYear;
  exportSessionYear: ExportFile;
}

/** The API as the renderer sees it: `window.studyShelf.search({...})`. */
export type StudyShelfApi = { [M in ApiMethod]: (arg: ApiArgs<M>) => Promise<ApiResults[M]> };

// ---- errors: typed and serialisable across IPC and HTTP ----
export type ApiErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'UNKNOWN_METHOD' | 'BAD_INPUT' | 'INTERNAL' | 'FORBIDDEN';
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

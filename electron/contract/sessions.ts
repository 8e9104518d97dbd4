// API contract, Study sessions (学习专题): agenda, suggestions, handout, projector record, yearly view.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { SESSIONS_METHODS } from '../shared/api-methods.js';
import { id, sessionKind, type ExportFile, type SessionKind } from './common.js';
import type { QuizItem } from './quiz.js';

export const sessionsSchemas = lazySchemas({
  listSessions: () => z.object({ year: z.number().int().min(1900).max(2100).optional() }).strict(),
  getSession: () => z.object({ id: z.number().int().min(1) }).strict(),
  createSession: () =>
    z
      .object({
        title: z.string().trim().min(1).max(200),
        kind: sessionKind,
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
  updateSession: () =>
    z
      .object({
        id: z.number().int().min(1),
        title: z.string().trim().min(1).max(200).optional(),
        kind: sessionKind.optional(),
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
  deleteSession: () => z.object({ id: z.number().int().min(1) }).strict(),
  addSessionItem: () =>
    z
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
  updateSessionItem: () =>
    z
      .object({
        id: z.number().int().min(1),
        content: z.string().max(20_000).optional(),
        citation: z.string().max(1000).optional(),
        quizItemIds: z.array(z.number().int().min(1)).max(100).optional(),
      })
      .strict(),
  removeSessionItem: () => z.object({ id: z.number().int().min(1) }).strict(),
  reorderSessionItems: () =>
    z.object({ sessionId: z.number().int().min(1), itemIds: z.array(z.number().int().min(1)).max(1000) }).strict(),
  suggestSessionMaterial: () =>
    z
      .object({
        topic: z.string().trim().max(200).default(''),
        tag: z.string().trim().max(100).optional(),
        limit: z.number().int().min(1).max(50).default(10),
      })
      .strict(),
  exportSessionHandout: () => z.object({ id: z.number().int().min(1) }).strict(),
  saveSessionRecord: () =>
    z
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
          .array(
            z.object({ name: z.string().trim().min(1).max(50), points: z.string().max(5000).default('') }).strict(),
          )
          .max(200)
          .default([]),
        discussion: z.string().max(20_000).default(''),
        content: z.string().max(5000).default(''),
        recorder: z.string().max(50).default(''),
      })
      .strict(),
  exportSessionRecord: () => z.object({ id: z.number().int().min(1) }).strict(),
  sessionYear: () => z.object({ year: z.number().int().min(1900).max(2100) }).strict(),
  exportSessionYear: () =>
    z.object({ year: z.number().int().min(1900).max(2100), format: z.enum(['docx', 'csv']) }).strict(),
} satisfies Record<(typeof SESSIONS_METHODS)[number], () => z.ZodType>);

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
  /** For 金句: whether its words were found in the library (引文核对); null for other items. */
  verified: boolean | null;
  /** The item's document is a historical record (历史文献): handouts and slides say so. */
  historical?: boolean;
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
  /** 应到: planned attendees. */
  expected: number;
  /** 实到: planned attendees present. */
  present: number;
  absent: number;
  /** 列席: walk-ins present (not planned; never part of 应到 or the rate). */
  walkIns: number;
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

export interface SessionsResults {
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

// API contract, Quizzes and spaced review: generation, bank, daily practice, exams, 错题本, statistics, import and export.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { QUIZ_METHODS } from '../shared/api-methods.js';
import { fileRef, id, quizKind, type QuizKind } from './common.js';

export const quizSchemas = lazySchemas({
  quizGenerate: () =>
    z
      .object({
        from: z.enum(['all', 'quotes', 'terms', 'numbers']).default('all'),
        count: z.number().int().min(1).max(5000).default(300),
        save: z.boolean().default(true),
      })
      .strict(),
  quizList: () =>
    z
      .object({
        kind: quizKind.optional(),
        tag: z.string().max(100).optional(),
        docId: id.optional(),
        origin: z.enum(['generated', 'user', 'imported']).optional(),
        query: z.string().max(200).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  quizGet: () => z.object({ id: z.number().int().min(1) }).strict(),
  quizSave: () =>
    z
      .object({
        id: z.number().int().min(1).optional(),
        kind: quizKind,
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
  quizDelete: () => z.object({ id: z.number().int().min(1) }).strict(),
  quizDaily: () => z.object({ newLimit: z.number().int().min(0).max(200).optional() }).strict(),
  quizTopic: () =>
    z
      .object({
        tag: z.string().max(100).optional(),
        docId: id.optional(),
        kind: quizKind.optional(),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  quizExam: () =>
    z
      .object({
        count: z.number().int().min(1).max(200).default(20),
        kinds: z.array(quizKind).optional(),
      })
      .strict(),
  quizAnswer: () =>
    z
      .object({
        itemId: z.number().int().min(1),
        mode: z.enum(['daily', 'topic', 'exam', 'mistakes']),
        choice: z.array(z.number().int().min(0).max(7)).max(8).optional(),
        blanks: z.array(z.string().max(200)).max(10).optional(),
        durationMs: z.number().int().min(0).max(86_400_000).optional(),
      })
      .strict(),
  quizMistakes: () =>
    z
      .object({ includeMastered: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(100) })
      .strict(),
  quizStats: () => z.object({ days: z.number().int().min(7).max(366).default(90) }).strict(),
  quizImport: () => fileRef,
  quizExport: () =>
    z
      .object({
        ids: z.array(z.number().int().min(1)).min(1).max(500),
        format: z.enum(['docx', 'html', 'anki']),
        title: z.string().min(1).max(200).default('学习测验'),
      })
      .strict(),
  quizSetSettings: () => z.object({ newPerDay: z.number().int().min(0).max(200) }).strict(),
  quizSuggestBlanks: () =>
    z.object({ text: z.string().min(1).max(2000), max: z.number().int().min(1).max(5).default(2) }).strict(),
} satisfies Record<(typeof QUIZ_METHODS)[number], () => z.ZodType>);

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

export interface QuizResults {
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
}

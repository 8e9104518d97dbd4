// Schemas and types shared by several domains of the API contract: one enum per concept.
import * as z from 'zod';
import { DOC_STATUSES, DOC_TYPES, QUIZ_KINDS, SESSION_KINDS } from '../shared/enums.js';

export const id = z.string().min(1).max(200);
export const docType = z.enum(DOC_TYPES);
export const docStatus = z.enum(DOC_STATUSES);
export const quizKind = z.enum(QUIZ_KINDS);
export const sessionKind = z.enum(SESSION_KINDS);

export type QuizKind = z.infer<typeof quizKind>;
export type SessionKind = z.infer<typeof sessionKind>;
export type DocType = z.infer<typeof docType>;
export type DocStatus = z.infer<typeof docStatus>;
export interface Paragraph {
  kind: 'p' | 'h';
  text: string;
}
export interface ExportFile {
  name: string;
  mimeType: string;
  dataBase64: string;
}

/** A file the web-mode client streamed to `POST /upload` beforehand (see electron/web/upload.ts). */
export const uploadId = z.string().regex(/^up-[0-9a-f]{32}$/, '上传编号格式不正确');
/** A file sent to an import call: inline as base64 (IPC, CLI) or by upload id (web mode). */
export const fileRef = z.union([
  z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(200_000_000) }).strict(),
  z.object({ name: z.string().min(1).max(500), uploadId }).strict(),
]);
export type FileRef = z.infer<typeof fileRef>;
/** How much user data a database (or a snapshot of it) holds, per kind. */
export interface DataCounts {
  documents: number;
  tags: number;
  annotations: number;
  savedQuotes: number;
  quizItems: number;
  reviews: number;
  sessions: number;
}

// Schemas and types shared by several domains of the API contract: one enum per concept.
import { z } from 'zod';
import { DOC_TYPES, QUIZ_KINDS, SESSION_KINDS } from '../shared/enums.js';

export const id = z.string().min(1).max(200);
export const docType = z.enum(DOC_TYPES);
export const quizKind = z.enum(QUIZ_KINDS);
export const sessionKind = z.enum(SESSION_KINDS);

export type QuizKind = z.infer<typeof quizKind>;
export type SessionKind = z.infer<typeof sessionKind>;
export type DocType = z.infer<typeof docType>;
export interface Paragraph {
  kind: 'p' | 'h';
  text: string;
}
export interface ExportFile {
  name: string;
  mimeType: string;
  dataBase64: string;
}

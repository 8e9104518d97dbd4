// API contract, App: version and paths, settings.
import { z } from 'zod';
import type { APP_METHODS } from '../shared/api-methods.js';

export const appSchemas = {
  info: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  setSettings: z
    .object({
      theme: z.enum(['light', 'dark']).optional(),
      fontSize: z.number().int().min(12).max(32).optional(),
    })
    .strict(),
} satisfies Record<(typeof APP_METHODS)[number], z.ZodType>;

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

export interface AppResults {
  info: InfoResult;
  getSettings: Settings;
  setSettings: Settings;
}

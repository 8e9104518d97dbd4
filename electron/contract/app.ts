// API contract, App: version and paths, settings.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { APP_METHODS } from '../shared/api-methods.js';

export const appSchemas = lazySchemas({
  info: () => z.object({}).strict(),
  getSettings: () => z.object({}).strict(),
  setSettings: () =>
    z
      .object({
        theme: z.enum(['light', 'dark']).optional(),
        fontSize: z.number().int().min(12).max(32).optional(),
        seenHints: z.array(z.string().min(1).max(50)).max(100).optional(),
      })
      .strict(),
  openDataFolder: () => z.object({}).strict(),
} satisfies Record<(typeof APP_METHODS)[number], () => z.ZodType>);

export type Theme = 'light' | 'dark';
export interface Settings {
  theme: Theme;
  fontSize: number;
  /** One-time hints already shown (e.g. 'tour', the first-run guide); cleared by 重置提示. */
  seenHints: string[];
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
  /** 金句 of imported documents still being worked out after their import (正在提取金句 done/total). */
  quotePass?: { done: number; total: number } | null;
}

export interface AppResults {
  info: InfoResult;
  getSettings: Settings;
  setSettings: Settings;
  /** Opens the data folder in the system file manager; `opened` is false where none could be started. */
  openDataFolder: { path: string; opened: boolean };
}

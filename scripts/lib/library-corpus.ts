// Reads the built content bundle (content/build/content.sqlite) as plain documents for the
// knowledge scripts (lexicon years, phrase mining, evaluation): id, title, year, status,
// speakers and paragraphs, with the folded text of each paragraph.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { Paragraph } from '../../electron/contract/api.js';
import { BUNDLE_OUT_PATH } from '../../electron/core/content/paths.js';
import type { DocStatus } from '../../electron/core/knowledge/status.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';

export interface LibraryDoc {
  id: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  status: DocStatus;
  origin: string;
  speakers: { name: string; role: string | null }[];
  occasion: string | null;
  paragraphs: Paragraph[];
  /** Folded paragraphs joined by newlines. */
  folded: string;
}

export function readLibrary(bundlePath = BUNDLE_OUT_PATH): LibraryDoc[] {
  if (!fs.existsSync(bundlePath)) throw new Error(`内容库不存在：${bundlePath}。请先运行 npm run build:content。`);
  const db = new Database(bundlePath, { readonly: true });
  try {
    const rows = db
      .prepare(
        'SELECT id, title, type, date, year, status, origin, speakers, occasion, paragraphs FROM documents ORDER BY year, id',
      )
      .all() as (Omit<LibraryDoc, 'speakers' | 'paragraphs' | 'folded'> & { speakers: string; paragraphs: string })[];
    return rows.map((r) => {
      const paragraphs = JSON.parse(r.paragraphs) as Paragraph[];
      return {
        ...r,
        speakers: JSON.parse(r.speakers),
        paragraphs,
        folded: paragraphs.map((p) => foldForSearch(p.text)).join('\n'),
      };
    });
  } finally {
    db.close();
  }
}

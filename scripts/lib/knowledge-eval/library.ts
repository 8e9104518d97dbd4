// The material the knowledge evaluation measures: a content bundle built from content/sources with
// the current code (into a temp folder), read back as documents, 金句 and 提法 counts.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { SOURCES_DIR } from '../../../electron/core/content/paths.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { readLibrary, type LibraryDoc } from '../library-corpus.js';

export interface EvalQuote {
  docId: string;
  paragraph: number;
  start: number;
  text: string;
  speaker: string | null;
  reason: string;
}

export interface EvalLibrary {
  bundlePath: string;
  docs: LibraryDoc[];
  quotes: EvalQuote[];
  /** Occurrences per term in current documents. */
  termCounts: Map<string, number>;
}

/** Builds a fresh bundle with the current code; returns its path and a cleanup. */
export async function buildEvalBundle(): Promise<{ bundlePath: string; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-eval-'));
  const bundlePath = path.join(dir, 'content.sqlite');
  await buildContentBundle({ sourcesDir: SOURCES_DIR, outPath: bundlePath });
  return { bundlePath, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function loadEvalLibrary(bundlePath: string): EvalLibrary {
  const docs = readLibrary(bundlePath);
  const db = new Database(bundlePath, { readonly: true });
  try {
    const quotes = db
      .prepare(
        'SELECT doc_id AS docId, paragraph, start, text, speaker, reason FROM quotes ORDER BY doc_id, paragraph, start',
      )
      .all() as EvalQuote[];
    const rows = db
      .prepare(
        "SELECT t.term, count(*) AS n FROM terms t JOIN documents d ON d.id = t.doc_id WHERE d.status = '现行' GROUP BY t.term",
      )
      .all() as { term: string; n: number }[];
    return { bundlePath, docs, quotes, termCounts: new Map(rows.map((r) => [r.term, r.n])) };
  } finally {
    db.close();
  }
}

/** Comparison key of a sentence: its Han characters, folded (punctuation and script ignored). */
export function sentenceKey(s: string): string {
  return (foldForSearch(s).match(/\p{Script=Han}/gu) ?? []).join('');
}

/** The same sentence, or one containing the other. */
export function sameSentence(a: string, b: string): boolean {
  const x = sentenceKey(a);
  const y = sentenceKey(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** A document by title or by origin prefix (`seeds/001`). */
export function findDoc(lib: EvalLibrary, ref: string): LibraryDoc | undefined {
  return lib.docs.find((d) => d.title === ref) ?? lib.docs.find((d) => d.origin.startsWith(ref));
}

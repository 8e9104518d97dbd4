// What the sets of the table (sets.ts) share, loaded once per run: the bundle's library, the label files, and the
// imports a file's sets are scored on (one import of quotes-local21.json serves all its sets).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalLibrary, type EvalLibrary } from './library.js';
import type { HandpickedDoc, JudgedQuote } from './quotes.js';
import type { TifaDocJudged, TifaDocLabel } from './tifa-docs.js';
import { importLocal, scoreLocal, type LocalDoc, type LocalJudged, type LocalResult } from './local-quotes.js';
import { evalImportedSet, type ImportedQuestionResult, type ImportedSet } from './imported-questions.js';
import { evalOutsideSet, type OutsideSet } from './outside-questions.js';

export const LABELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/eval/knowledge');

/** A label file of tests/eval/knowledge, parsed. */
export const readLabels = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(LABELS_DIR, name), 'utf8')) as T;

/** Each key's value made once, on first use. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

export interface EvalContext {
  bundlePath: string;
  lib: () => EvalLibrary;
  /** A per-document 提法 file (t25-tifa-docs.json …). */
  tifaDocs: (file: string) => { docs: TifaDocLabel[]; judged: TifaDocJudged[] };
  /** quotes-handpicked.json's documents and quotes-judged.json. */
  handpicked: () => { docs: (HandpickedDoc & { set?: string })[]; judged: JudgedQuote[] };
  /** The documents of `set` in a file of imported documents (quotes-local21.json, quotes-news25.json …), scored. */
  local: (file: string, set: string) => Promise<LocalResult>;
  /** A judged imported question set (questions-imported19.json …): its draw and its held-out draw. */
  imported: (file: string) => Promise<{ main: ImportedQuestionResult; held: ImportedQuestionResult }>;
  /** A gated library draw (questions-outside13.json …): its draw and its held-out draw. */
  outside: (file: string) => Promise<{ main: ImportedQuestionResult; held: ImportedQuestionResult }>;
}

export function evalContext(bundlePath: string): EvalContext {
  const lib = memo(() => loadEvalLibrary(bundlePath));
  const localFile = memo(async (file) => {
    const set = readLabels<{ docs: LocalDoc[]; judged: LocalJudged[] }>(file);
    const quotes = await importLocal(
      bundlePath,
      set.docs.map((d) => d.file),
    );
    return { set, quotes };
  });
  return {
    bundlePath,
    lib: () => lib(''),
    tifaDocs: memo((file) => readLabels<{ docs: TifaDocLabel[]; judged: TifaDocJudged[] }>(file)),
    handpicked: memo(() => ({
      docs: readLabels<{ docs: (HandpickedDoc & { set?: string })[] }>('quotes-handpicked.json').docs,
      judged: readLabels<JudgedQuote[]>('quotes-judged.json'),
    })).bind(null, ''),
    local: async (file, name) => {
      const { set, quotes } = await localFile(file);
      return scoreLocal(
        set.docs.filter((d) => d.set === name),
        set.judged,
        quotes,
      );
    },
    imported: memo((file) => evalImportedSet(bundlePath, LABELS_DIR, readLabels<ImportedSet>(file))),
    outside: memo(async (file) => evalOutsideSet(bundlePath, LABELS_DIR, readLabels<OutsideSet>(file))),
  };
}

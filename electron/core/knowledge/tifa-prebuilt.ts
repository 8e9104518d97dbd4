// The 提法 matchers' data worked out once, by the build, instead of by every process: a one-command CLI
// import spent 25–40 ms folding the lexicon's forms and deriving the listing layer's (particle, plan and
// pair forms) before its first 提法 (issue 14). `npm run build:node` writes it beside the bundles
// (scripts/build-node.mjs, from tifa-tables.ts in the bundle just built), named by the build's id; a
// bundle reads only its own build's file, so sources run by tsx, another build's file or a missing one
// fall back to computing the same data (lexicon.ts, listed-lexicon.ts, extract-terms.ts).
import fs from 'node:fs';
import type { CountedShape } from './counted-written.js';
import type { ListedEntry, MatcherRow, MatcherRows } from './lexicon.js';
import type { SenseGuard } from './sense-guards.js';
import { buildId, prebuiltFile } from '../text/prebuilt-file.js';

/** A matcher's rows as written: the term by its index in `terms`, the second unit left to the form. */
export interface PackedRows {
  terms: string[];
  byFirst: [number, [number, string, string?, SenseGuard?][]][];
}

export interface TifaTables {
  lexiconRows: MatcherRows;
  listedRows: MatcherRows;
  /** Forms tifaEntries() adds to each lexicon entry and to each of the listing layer's. */
  lexiconAdded: string[][];
  listedAdded: string[][];
  halves: ListedEntry[];
  plans: string[];
  shapes: CountedShape[];
  lexiconForms: string[];
}

type Written = Omit<TifaTables, 'lexiconRows' | 'listedRows'> & { lexiconRows: PackedRows; listedRows: PackedRows };

/** Where the build writes a build's tables: dist/node, beside the bundles. */
export const tifaTablesFile = (id: string): string => prebuiltFile('tifa-tables', id);

export function packRows(r: MatcherRows): PackedRows {
  const index = new Map<string, number>();
  r.terms.forEach((t, i) => index.has(t) || index.set(t, i));
  const row = (c: MatcherRow): [number, string, string?, SenseGuard?] =>
    c.sense
      ? [index.get(c.term)!, c.form, c.guard, c.sense]
      : c.guard
        ? [index.get(c.term)!, c.form, c.guard]
        : [index.get(c.term)!, c.form];
  return { terms: r.terms, byFirst: r.byFirst.map(([code, list]) => [code, list.map(row)]) };
}

export function unpackRows(p: PackedRows): MatcherRows {
  // (Fields set, not spread in: one object per row, no spread objects.)
  const row = ([t, form, guard, sense]: [number, string, string?, SenseGuard?]): MatcherRow => {
    const r: MatcherRow = { term: p.terms[t]!, form, second: form.charCodeAt(1) };
    if (guard) r.guard = guard;
    if (sense) r.sense = sense;
    return r;
  };
  return { terms: p.terms, byFirst: p.byFirst.map(([code, list]) => [code, list.map(row)]) };
}

/** The tables of build `id` from `file`; null when there is no id, or the file is missing or unreadable. */
export function readTifaTables(file: string | undefined): TifaTables | null {
  if (!file) return null;
  try {
    const w = JSON.parse(fs.readFileSync(file, 'utf8')) as Written;
    return { ...w, lexiconRows: unpackRows(w.lexiconRows), listedRows: unpackRows(w.listedRows) };
  } catch {
    return null; // missing (sources, another build) or damaged: compute instead
  }
}

let tables: TifaTables | null | undefined;
/** This build's prebuilt tables, or null (then each caller computes its part as before). */
export function tifaPrebuilt(): TifaTables | null {
  if (tables === undefined) {
    const id = buildId();
    tables = readTifaTables(id ? tifaTablesFile(id) : undefined);
  }
  return tables;
}

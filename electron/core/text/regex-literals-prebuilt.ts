// The literals of the regex lists a text's GramSet gates (regex-literals.ts), read from their sources once by the
// build instead of by every process: a one-command CLI import read ~220 sources (13,460 characters) before its
// first history status, ~15–20 ms of thread CPU (issue 14). `npm run build:node` writes them beside the bundles
// (core/regex-literals-tables.ts, from the bundle just built, so with the very reader that would read them);
// a regex not in the file (another build's, a source changed since, sources run by tsx) is read as before.
import fs from 'node:fs';
import { buildId, prebuiltFile } from './prebuilt-file.js';

/** Literals one of which every match holds; null when none is known. */
export type Lits = string[] | null;

/** A regex's entry in the file: its flags and its source. */
export const literalsKey = (re: RegExp): string => `${re.flags}/${re.source}`;

/** The file's entries, or null when it is missing or unreadable. */
export function readLiteralsFile(file: string): Map<string, Lits> | null {
  try {
    return new Map(JSON.parse(fs.readFileSync(file, 'utf8')) as [string, Lits][]);
  } catch {
    return null; // missing (sources, another build) or damaged: read each regex instead
  }
}

let table: Map<string, Lits> | null | undefined;
/** This build's literals, or null (then each regex is read as it is first asked). */
export function prebuiltLiterals(): Map<string, Lits> | null {
  if (table === undefined) {
    const id = buildId();
    table = id ? readLiteralsFile(prebuiltFile('regex-literals', id)) : null;
  }
  return table;
}

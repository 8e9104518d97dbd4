// The build's entry for the gated regex lists' literals (text/regex-literals-prebuilt.ts): scripts/build-node.mjs
// bundles it with the others and calls writeRegexLiterals() once the bundles are written, so the literals come
// from the very reader that would read them at run time.
import fs from 'node:fs';
import path from 'node:path';
import { LINE_RULES } from './content/clean-line-rules.js';
import { RELATED_HEADING } from './content/formats/page-chrome.js';
import { buildId, prebuiltFile } from './text/prebuilt-file.js';
import { literalsKey, type Lits } from './text/regex-literals-prebuilt.js';
import { readLiterals } from './text/regex-literals.js';
import { SINGLE_SIGNS } from './knowledge/single-sign.js';
import { ANY_WORDING, PERIODS } from './knowledge/status.js';
import { WEAK_PERIODS } from './knowledge/weak-signs.js';

/** Every regex a text's GramSet gates (clean.ts, clean-passes.ts, status.ts, weak-signs.ts, single-sign.ts). */
export const gatedRegexes = (): RegExp[] => [
  ...LINE_RULES.map((r) => r.re),
  RELATED_HEADING,
  ANY_WORDING,
  ...PERIODS.flat(),
  ...WEAK_PERIODS.flat(),
  ...SINGLE_SIGNS,
];

/** Each gated regex's entry, as the reader reads it. */
export const computeRegexLiterals = (): [string, Lits][] => [
  ...new Map(gatedRegexes().map((re) => [literalsKey(re), readLiterals(re)] as [string, Lits])),
];

/** Writes this build's literals (whole or not at all); returns the path. `file` for tests. */
export function writeRegexLiterals(file?: string): string {
  const id = buildId();
  if (!file && !id) throw new Error('writeRegexLiterals runs in a build (its id is set by scripts/build-node.mjs)');
  const out = file ?? prebuiltFile('regex-literals', id!);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.tmp`, JSON.stringify(computeRegexLiterals()));
  fs.renameSync(`${out}.tmp`, out);
  return out;
}

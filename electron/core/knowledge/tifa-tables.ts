// The build's entry for the 提法 matchers' data (tifa-prebuilt.ts): scripts/build-node.mjs bundles it with
// the others and calls writeTifaTables() once the bundles are written, so the data comes from the very code
// that will read it.
import fs from 'node:fs';
import path from 'node:path';
import { lexiconFormList } from './extract-terms.js';
import { lexicon, lexiconRows } from './lexicon.js';
import { addedForms, listedRows, planTermList, writtenShapeList } from './listed-lexicon.js';
import { pairHalves } from './pair-halves.js';
import { buildId } from '../text/prebuilt-file.js';
import { packRows, tifaTablesFile, type TifaTables } from './tifa-prebuilt.js';

/** The tables as each caller computes them without a prebuilt file. */
export function computeTifaTables(): TifaTables {
  const [lexiconAdded, listedAdded] = addedForms();
  return {
    lexiconRows: lexiconRows(),
    listedRows: listedRows(),
    lexiconAdded,
    listedAdded,
    halves: pairHalves(lexicon()),
    plans: planTermList(),
    shapes: writtenShapeList(),
    lexiconForms: lexiconFormList(),
  };
}

/** Writes this build's tables (whole or not at all; the build empties dist/node first); returns the path. */
export function writeTifaTables(): string {
  const id = buildId();
  if (!id) throw new Error('writeTifaTables runs in a build (its id is set by scripts/build-node.mjs)');
  const file = tifaTablesFile(id);
  const t = computeTifaTables();
  const written = { ...t, lexiconRows: packRows(t.lexiconRows), listedRows: packRows(t.listedRows) };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(written));
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

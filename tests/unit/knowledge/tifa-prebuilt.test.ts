// The 提法 tables the build writes (knowledge/tifa-prebuilt.ts) give exactly what computing them gives,
// and a missing, damaged or other build's file falls back to computing: a bundle reads only its own.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Build = typeof globalThis & { __SHELF_BUILD_ID__?: string };
const ID = `vitest-${process.pid}`;
const reports = fs
  .readFileSync(path.resolve('content/sources/library/cpc_congress_reports.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(-3)
  .map((l) => (JSON.parse(l) as { content: string }).content);
const paragraphs = (text: string) => text.split('\n').map((t) => ({ kind: 'p' as const, text: t }));

/** The 提法 a fresh copy of the modules finds in the reports, with the build id `id` (none: sources). */
async function run(id: string | undefined) {
  vi.resetModules();
  if (id) (globalThis as Build).__SHELF_BUILD_ID__ = id;
  else delete (globalThis as Build).__SHELF_BUILD_ID__;
  const pre = await import('../../../electron/core/knowledge/tifa-prebuilt.js');
  const terms = await import('../../../electron/core/knowledge/extract-terms.js');
  const listed = await import('../../../electron/core/knowledge/listed-lexicon.js');
  return {
    prebuilt: pre.tifaPrebuilt() !== null,
    found: reports.map((r) => terms.extractTerms(paragraphs(r))),
    entries: listed.tifaEntries(),
    halves: listed.lexiconPairHalves(),
    shapes: listed.writtenShapes(),
    plans: [...listed.planTerms()],
  };
}

describe('prebuilt 提法 tables', () => {
  let file = '';
  afterAll(() => {
    delete (globalThis as Build).__SHELF_BUILD_ID__;
    if (file) fs.rmSync(file, { force: true });
  });

  it('sources (no build id) compute; a build reads its own file and finds the same 提法', async () => {
    const computed = await run(undefined);
    expect(computed.prebuilt).toBe(false);
    expect(computed.found.flat().length).toBeGreaterThan(100);

    vi.resetModules();
    (globalThis as Build).__SHELF_BUILD_ID__ = ID;
    const { writeTifaTables } = await import('../../../electron/core/knowledge/tifa-tables.js');
    file = writeTifaTables();
    expect(path.basename(file)).toBe(`tifa-tables.${ID}.json`);

    const read = await run(ID);
    expect(read.prebuilt).toBe(true);
    expect(read).toEqual({ ...computed, prebuilt: true });
  });

  it('another build, a missing or a damaged file: computed as from the sources', async () => {
    const computed = await run(undefined);
    const other = await run(`${ID}-other`); // no file of that build
    expect(other).toEqual(computed);
    fs.writeFileSync(file, '{"lexiconRows": [');
    const damaged = await run(ID);
    expect(damaged).toEqual(computed);
  });
});

// A user's import leaves 金句 to the pass after it (services/quote-pass.ts), so the modules a new
// CLI process loads for an import must not pull in the 金句 extraction (content/quotes.ts and the
// knowledge layer behind it): it is a third of the JavaScript such a process would parse. Checked on
// the static import graph esbuild sees (dynamic imports load on use). Nor may the validators bring
// zod's error messages in every language (a `z` namespace object keeps them all: 0.3 MB).
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../../scripts/lib/fresh.mjs';

function bundle(entries: string[]) {
  return build({
    entryPoints: entries.map((e) => path.join(ROOT, e)),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: path.join(ROOT, 'dist', '.unused'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['better-sqlite3', '@node-rs/jieba', '@node-rs/jieba/*', 'electron', 'pinyin-pro'],
  });
}

/** The files (and the external packages) the entries load through static imports. */
async function staticClosure(entries: string[], externals?: Set<string>): Promise<Set<string>> {
  const inputs = (await bundle(entries)).metafile.inputs;
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const i of inputs[f]?.imports ?? []) {
      if (i.kind !== 'import-statement') continue;
      if (inputs[i.path]) todo.push(i.path);
      else if (i.external) externals?.add(i.path);
    }
  }
  return seen;
}

describe('what an import loads', () => {
  test('the core, the import jobs and the pipeline do not load the 金句 extraction', async () => {
    const loaded = await staticClosure([
      'electron/core/app-core.ts',
      'electron/core/worker-jobs.ts',
      'electron/core/content/pipeline.ts',
    ]);
    expect(loaded.has('electron/core/content/pipeline.ts')).toBe(true);
    expect(loaded.has('electron/core/knowledge/extract-terms.ts')).toBe(true); // 提法 stay in the import
    expect(loaded.has('electron/core/content/quotes.ts')).toBe(false);
    expect(loaded.has('electron/core/knowledge/quote-candidates.ts')).toBe(false);
  }, 60_000);

  // The CLI's small import tags from slices of jieba's dictionary (text/jieba-slice.ts) and never converts for
  // display: the addon and opencc's dictionaries load on first use (text/segment.ts, text/normalize.ts), not with
  // the modules.
  test('the core, the import jobs and the pipeline load neither jieba nor opencc', async () => {
    const externals = new Set<string>();
    const loaded = await staticClosure(
      ['electron/core/app-core.ts', 'electron/core/worker-jobs.ts', 'electron/core/content/pipeline.ts'],
      externals,
    );
    expect(loaded.has('electron/core/text/segment.ts')).toBe(true);
    expect(externals.has('better-sqlite3')).toBe(true); // the graph does reach the externals
    expect([...externals].filter((e) => e.startsWith('@node-rs/jieba'))).toEqual([]);
    expect([...loaded].filter((f) => f.includes('opencc-js'))).toEqual([]);
  }, 60_000);

  // A CLI import never searched: the search view it would refresh afterwards does not exist, so the
  // engine (query parsing, matching, catalogue, snippets) is loaded only where one does.
  test('the import service does not load the search engine', async () => {
    const loaded = await staticClosure(['electron/core/services/library-import.ts']);
    expect(loaded.has('electron/core/search/user-index.ts')).toBe(true); // it does index what it stores
    expect(loaded.has('electron/core/search/engine.ts')).toBe(false);
    expect(loaded.has('electron/core/search/warm-search.ts')).toBe(false);
  }, 60_000);

  // dispatch.ts loads a domain's validators on its first call (contract/schema-of.ts): building every
  // domain's zod schemas was the largest part of a new CLI process's module start-up.
  test("the core, the dispatcher and the import load no domain's validators", async () => {
    const loaded = await staticClosure([
      'electron/core/app-core.ts',
      'electron/core/dispatch.ts',
      'electron/core/worker-jobs.ts',
      'electron/core/services/library-import.ts',
      'scripts/cli/run.ts',
    ]);
    expect(loaded.has('electron/contract/schema-of.ts')).toBe(true);
    const domains = ['api', 'app', 'library', 'search', 'quiz', 'workspace', 'sessions', 'compare'];
    expect(domains.filter((d) => loaded.has(`electron/contract/${d}.ts`))).toEqual([]);
  }, 60_000);

  test("the API's validators keep zod's English messages only", async () => {
    const { outputs } = (await bundle(['scripts/cli.ts'])).metafile;
    const locales = new Set<string>();
    for (const o of Object.values(outputs))
      for (const [f, i] of Object.entries(o.inputs))
        if (f.includes('zod/v4/locales/') && i.bytesInOutput > 0) locales.add(path.basename(f));
    expect([...locales]).toEqual(['en.js']);
  }, 60_000);
});

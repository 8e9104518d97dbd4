// Prepares what many unit tests share, once per run: the real content bundle (content/sources) for
// every test that needs the whole library, with its build summary and progress for the bundle
// tests, and the compiled worker thread (dist/node/worker.mjs) that core starts for imports, so no
// test file pays for a TypeScript loader inside the thread. Both are cached across runs and rebuilt
// when their inputs' content hash changes (a clean clone builds each once). Tests that change
// sources build their own bundles.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildSummary } from '../../../electron/core/bundle/build-bundle.js';
import { ensureFresh, ROOT } from '../../../scripts/lib/fresh.mjs';
import { ensureNodeBuild, NODE_OUT } from '../../../scripts/build-node.mjs';

const CACHE_DIR = path.join(ROOT, 'dist', 'unit-bundle');
const BUNDLE_DIR = path.join(CACHE_DIR, 'bundle'); // holds only the bundle (a test checks no temp file is left)
const BUNDLE_PATH = path.join(BUNDLE_DIR, 'content.sqlite');
const SUMMARY_PATH = path.join(CACHE_DIR, 'summary.json');
const FILE_STAMP = path.join(CACHE_DIR, 'bundle-file.json');
// The sources, the builder (all of electron/, lexicons included via content/), its dependencies and this file.
const BUNDLE_INPUTS = ['content', 'electron', 'package-lock.json', 'tests/unit/support/global-setup.ts'];

async function buildBundle(): Promise<void> {
  const { buildContentBundle } = await import('../../../electron/core/bundle/build-bundle.js');
  const { SOURCES_DIR } = await import('../../../electron/core/content/paths.js');
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  fs.mkdirSync(BUNDLE_DIR, { recursive: true });
  const progress: number[] = [];
  const summary = await buildContentBundle({
    sourcesDir: SOURCES_DIR,
    outPath: BUNDLE_PATH,
    onProgress: (p) => progress.push(p.done),
  });
  fs.writeFileSync(SUMMARY_PATH, JSON.stringify({ ...summary, progress }));
  fs.writeFileSync(FILE_STAMP, fileStamp());
}

const fileStamp = () => {
  const st = fs.statSync(BUNDLE_PATH);
  return JSON.stringify({ size: st.size, mtimeMs: st.mtimeMs });
};

/** A cached bundle that was changed after its build (nothing should write to it) is built again. */
function dropIfTouched(): void {
  try {
    if (fs.readFileSync(FILE_STAMP, 'utf8') === fileStamp()) return;
  } catch {
    // no bundle or no stamp: rebuild
  }
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
}

export default async function setup({
  provide,
}: {
  provide: (key: 'bundlePath' | 'bundleSummary', value: string) => void;
}) {
  dropIfTouched();
  await Promise.all([
    ensureFresh('unit-bundle', BUNDLE_INPUTS, [BUNDLE_PATH, SUMMARY_PATH, FILE_STAMP], buildBundle),
    ensureNodeBuild(),
  ]);
  // Forks inherit the environment: core's worker host starts this compiled thread (worker-host.ts).
  process.env.STUDY_SHELF_WORKER_BUNDLE = path.join(NODE_OUT, 'worker.mjs');
  const tmp = memoryTmpDir();
  if (tmp) process.env.TMPDIR = tmp;
  provide('bundlePath', BUNDLE_PATH);
  provide('bundleSummary', fs.readFileSync(SUMMARY_PATH, 'utf8'));
  return () => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}

/** The tests' temp folders (hundreds of small SQLite databases, each commit an fsync) in memory
 * where Linux offers /dev/shm: on a shared virtual disk the syncs, not the work, took the time.
 * Removed at the end of the run with whatever a test left behind. */
function memoryTmpDir(): string | null {
  try {
    return fs.mkdtempSync(path.join('/dev/shm', 'study-shelf-unit-'));
  } catch {
    return null; // elsewhere: the system temp folder (os.tmpdir())
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundlePath: string;
    /** The build summary of `bundlePath` as JSON, with the progress calls in `progress`. */
    bundleSummary: string;
  }
}

export type ProvidedSummary = BuildSummary & { progress: number[] };

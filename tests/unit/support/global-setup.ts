// Builds the real content bundle (content/sources) once per unit-test run, into a temp folder, for
// every test that needs the whole library; the build summary and progress come along for the
// bundle tests. Tests that change sources build their own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildSummary } from '../../../electron/core/bundle/build-bundle.js';

export default async function setup({
  provide,
}: {
  provide: (key: 'bundlePath' | 'bundleSummary', value: string) => void;
}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-unit-bundle-'));
  const outPath = path.join(dir, 'content.sqlite');
  const { buildContentBundle } = await import('../../../electron/core/bundle/build-bundle.js');
  const { SOURCES_DIR } = await import('../../../electron/core/content/paths.js');
  const progress: number[] = [];
  const summary = await buildContentBundle({
    sourcesDir: SOURCES_DIR,
    outPath,
    onProgress: (p) => progress.push(p.done),
  });
  provide('bundlePath', outPath);
  provide('bundleSummary', JSON.stringify({ ...summary, progress }));
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundlePath: string;
    /** The build summary of `bundlePath` as JSON, with the progress calls in `progress`. */
    bundleSummary: string;
  }
}

export type ProvidedSummary = BuildSummary & { progress: number[] };

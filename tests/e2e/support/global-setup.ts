// Builds one content bundle for the whole e2e run (into a temp folder, never the user's data).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default async function setup({ provide }: { provide: (key: 'bundlePath', value: string) => void }) {
  // Stop before building anything when there is no browser (npm test checks first; this covers
  // `vitest --config tests/e2e/…` run by hand).
  const { ensureBrowserOrExplain } = await import('./browser-check.js');
  ensureBrowserOrExplain();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-e2e-bundle-'));
  const outPath = path.join(dir, 'content.sqlite');
  const { buildContentBundle } = await import('../../../electron/core/bundle/build-bundle.js');
  const { SOURCES_DIR } = await import('../../../electron/core/content/paths.js');
  await buildContentBundle({ sourcesDir: SOURCES_DIR, outPath });
  provide('bundlePath', outPath);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundlePath: string;
  }
}

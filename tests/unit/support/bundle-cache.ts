// Test bundles written once per test process: the first request for a set of documents runs the
// real writer (writeBundleFile) into a cache folder, later requests copy that file (then rename,
// as the writer does) so each test still gets its own bundle at its own path. A bundle is
// determined by its documents and version (built_at aside, which core never reads), so a copy is
// the file the writer would have produced; the per-test rebuild cost ~0.4 s of CPU.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBundleFile } from '../../../electron/core/bundle/build-bundle.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';

const built = new Map<string, string>();
let cacheDir: string | null = null;

export function writeBundleCached(file: string, docs: ContentDocument[], version: string): void {
  const key = createHash('sha256').update(version).update('\0').update(JSON.stringify(docs)).digest('hex');
  let template = built.get(key);
  if (!template) {
    if (!cacheDir) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-bundle-cache-'));
      process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
      cacheDir = dir;
    }
    template = path.join(cacheDir, `${key.slice(0, 24)}.sqlite`);
    writeBundleFile(template, docs, version);
    built.set(key, template);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.copyFileSync(template, tmp);
  fs.renameSync(tmp, file);
}

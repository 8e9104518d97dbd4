// `npm run build:electron`: bundles Electron main and the sandboxed preload to CommonJS with
// esbuild. Native modules and electron stay external (loaded from node_modules / the runtime).
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The core uses import.meta.url (repo root, package.json); in CJS it becomes the bundle's own URL.
// dist/electron/main.cjs is two levels below the root, like electron/core/*.ts, so paths still hold.
const IMPORT_META_SHIM = "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;";

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};

export async function buildElectron(
  outDir = path.join(ROOT, 'dist', 'electron'),
): Promise<{ main: string; preload: string; worker: string }> {
  const main = path.join(outDir, 'main.cjs');
  const preload = path.join(outDir, 'preload.cjs');
  // The import/maintenance worker thread (electron/core/worker): found beside main.cjs at run time.
  const worker = path.join(outDir, 'worker.cjs');
  const nodeSide = {
    ...common,
    external: ['electron', 'better-sqlite3', '@node-rs/jieba', '@node-rs/jieba/*'],
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: IMPORT_META_SHIM },
  };
  await Promise.all([
    build({ ...nodeSide, entryPoints: [path.join(ROOT, 'electron', 'main', 'main.ts')], outfile: main }),
    build({
      ...nodeSide,
      entryPoints: [path.join(ROOT, 'electron', 'core', 'worker-entry.ts')],
      outfile: worker,
    }),
    // A sandboxed preload may only require('electron'): everything else must be inlined.
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'preload', 'preload.ts')],
      outfile: preload,
      external: ['electron'],
      minify: true,
    }),
  ]);
  return { main, preload, worker };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = await buildElectron();
  console.log(`已构建：${[out.main, out.preload, out.worker].map((f) => path.relative(ROOT, f)).join('，')}`);
}

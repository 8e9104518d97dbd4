// `npm run build:node`: bundles the web server, the CLI and the content builder to ES modules in
// dist/node with esbuild, so they start as plain JavaScript (no TypeScript loader at launch).
// Heavy libraries loaded with import() become chunks read only when used. npm start and npm run
// cli call ensureNodeBuild(), which rebuilds only when the sources changed.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFresh, ROOT } from './lib/fresh.mjs';

export const NODE_OUT = path.join(ROOT, 'dist', 'node');
export const NODE_INPUTS = [
  'electron',
  // The lexicons (提法, sayings) are compiled into the bundles as JSON imports.
  'content/lexicon',
  'scripts/serve.ts',
  'scripts/cli.ts',
  'scripts/cli',
  'scripts/lib',
  'scripts/build-content.ts',
  'scripts/build-node.mjs',
  'package-lock.json',
];

// Sources locate the project from import.meta.url (../.. from electron/core/x.ts). In a bundle
// import.meta.url is the bundle's; rewrite it per source file to "this file's URL, were it still
// at its source path", relative to the bundle so a moved checkout keeps working. Not in the worker
// host: it looks for the compiled worker (worker.mjs or worker.cjs) beside the bundle it runs from.
const KEEP_BUNDLE_URL = /[\\/]worker[\\/]worker-host\.ts$/;
const sourceUrl = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      let code = await fs.promises.readFile(args.path, 'utf8');
      if (code.includes('import.meta.url') && !KEEP_BUNDLE_URL.test(args.path)) {
        const rel = path.relative(NODE_OUT, args.path).split(path.sep).join('/');
        code = code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
      }
      return { contents: code, loader: 'ts' };
    });
  },
};

const EXTERNAL = ['better-sqlite3', '@node-rs/jieba', '@node-rs/jieba/*', 'electron', 'pinyin-pro'];

export async function buildNode() {
  const { build } = await import('esbuild'); // only when building: `npm run cli` checks freshness first
  fs.rmSync(NODE_OUT, { recursive: true, force: true });
  const buildId = `${Date.now().toString(36)}-${process.pid}`;
  await build({
    entryPoints: {
      serve: path.join(ROOT, 'scripts/serve.ts'),
      cli: path.join(ROOT, 'scripts/cli.ts'),
      'build-content': path.join(ROOT, 'scripts/build-content.ts'),
      // The import/maintenance worker thread: an ES module sharing the chunks, so the PDF, Word
      // and HTML readers stay in chunks the worker reads only for a file that needs them.
      worker: path.join(ROOT, 'electron/core/worker-entry.ts'),
      // Writes the 提法 matchers' data once, below (knowledge/tifa-prebuilt.ts).
      'tifa-tables': path.join(ROOT, 'electron/core/knowledge/tifa-tables.ts'),
      // And the gated regex lists' literals (text/regex-literals-prebuilt.ts).
      'regex-literals-tables': path.join(ROOT, 'electron/core/regex-literals-tables.ts'),
    },
    outdir: NODE_OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    // Native modules stay in node_modules; CommonJS packages inside the bundle get a require().
    external: EXTERNAL,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    plugins: [sourceUrl],
    // A new id per build: the prebuilt 提法 tables are read only by the build that wrote them.
    define: { __SHELF_BUILD_ID__: JSON.stringify(buildId) },
  });
  const tables = await import(pathToFileURL(path.join(NODE_OUT, 'tifa-tables.mjs')).href);
  tables.writeTifaTables();
  const literals = await import(pathToFileURL(path.join(NODE_OUT, 'regex-literals-tables.mjs')).href);
  literals.writeRegexLiterals();
  // The CLI once more as one CommonJS file with a code cache (`scripts/run.mjs cli` runs that one).
  const { buildCliCjs } = await import('./lib/build-cli-cjs.mjs'); // only when building, as esbuild
  await buildCliCjs(build, { outDir: NODE_OUT, buildId, external: EXTERNAL, plugins: [sourceUrl] });
}

/** Rebuilds dist/node when its sources changed. */
export function ensureNodeBuild({ force = false } = {}) {
  return ensureFresh(
    'node',
    NODE_INPUTS,
    ['dist/node/serve.mjs', 'dist/node/cli.mjs', 'dist/node/cli.cjs', 'dist/node/worker.mjs'],
    buildNode,
    { force },
  );
}

// By hand (`npm run build:node`): always builds, and stamps, so the next `npm run cli` does not build again.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureNodeBuild({ force: true });
  console.log('已构建：dist/node（web 服务、命令行、内容构建）');
}

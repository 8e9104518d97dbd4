// dist/node/cli.cjs and its V8 code cache (lib/code-cache.mjs): the CLI bundled once more, as one
// CommonJS file, because Node 20 can hand V8 a code cache only for a script compiled through
// vm.Script (ES modules have no such hook before Node 22's module.enableCompileCache()).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './fresh.mjs';

/** Readers of other formats (PDF, Word, spreadsheets, web pages, legacy encodings): the ES build
 * keeps them in chunks read only for a file that needs them. One CommonJS file cannot, so they stay
 * in node_modules and are required on the same first use; bundled they would quadruple the file
 * (11 MB against 2.6) that every CLI start reads. All load as CommonJS on Node 20. */
const READERS = [
  'unpdf',
  '@e965/xlsx',
  'exceljs',
  'docx',
  'linkedom',
  'mammoth',
  '@mozilla/readability',
  'rtf-stream-parser',
  'htmlparser2',
  'iconv-lite',
  'chardet',
];

/** The training input: the import fixtures' plain-text files (real pages' and speeches' text, 164
 * files, UTF-8 and GBK), so the cache holds what a .txt import compiles. */
function trainingFiles() {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'tests', 'fixtures', 'import'));
  return out;
}

export async function buildCliCjs(build, { outDir, buildId, external, plugins }) {
  const file = path.join(outDir, 'cli.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'scripts/cli/cjs-entry.ts')],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // Whitespace only (names and code unchanged): every start reads and decodes the whole file.
    minifyWhitespace: true,
    external: [...external, ...READERS],
    plugins,
    // The ES build's id: both read the 提法 and regex tables that build wrote (text/prebuilt-file.ts).
    define: { 'import.meta.url': '__import_meta_url', __SHELF_BUILD_ID__: JSON.stringify(buildId) },
    // The file is Node's CommonJS wrapper around the module, written out: code-cache.mjs compiles it
    // as it is, instead of building a second 2.6 MB string that joins the wrapper and the file.
    banner: {
      js:
        // Strict, as the ES modules it is built from are (a directive only when first in the body).
        "(function (exports, require, module, __filename, __dirname) {'use strict';" +
        "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;",
    },
    footer: { js: '\n})' },
  });
  // A new process, as the CLI runs: V8 accepts a cache only under the flags it was made with.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cache-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/lib/code-cache.mjs'), file, dataDir, ...trainingFiles()], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (err) {
    // Without a cache the CLI still runs (compiled from source): say so, do not fail the build.
    console.error(`命令行代码缓存未生成（不影响使用）：${err.message}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

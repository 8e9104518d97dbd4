// The CLI started from V8's code cache (issue 14): a new CLI process spends most of its first second
// parsing and compiling JavaScript (ES module loading, then every function the import calls compiled
// lazily on first use). dist/node/cli.cjs is the whole CLI as one CommonJS file; the build runs one
// representative import with it (trainCodeCache) and saves V8's code cache taken AFTER that run, so
// the cache holds the functions the import compiled, not only the top level. `scripts/run.mjs cli`
// then compiles cli.cjs with that cache (runCachedCli): bytecode is read back instead of compiled.
// The cache is only a cache: a missing, stale or rejected one leaves V8 compiling the source itself.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/** The V8 flags scripts/cli/v8-flags.ts sets. V8 rejects a cache made under other flags, and the
 * training run's cache is taken after the bundle set them: set them before compiling, in both. Were
 * the two lists to differ, every cache would be rejected (slower, never wrong): trace.test.ts fails. */
const CLI_V8_FLAGS = '--no-regexp-tier-up';
/** The cache file starts with the MD5 of the cli.cjs it was made from: V8 itself checks only the
 * source's length, so a rebuilt bundle of the same length would otherwise run the old bytecode. */
const DIGEST_BYTES = 16;

export const cachePathOf = (file) => `${file}.cache`;

/** Compiles cli.cjs (with its code cache when it belongs to these exact bytes) and runs its top
 * level; returns the script (for createCachedData) and the module's exports (runCli). */
function loadCli(file) {
  v8.setFlagsFromString(CLI_V8_FLAGS);
  const bytes = fs.readFileSync(file);
  const digest = createHash('md5').update(bytes).digest();
  let cachedData;
  try {
    const cache = fs.readFileSync(cachePathOf(file));
    if (cache.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = cache.subarray(DIGEST_BYTES);
  } catch {
    // no cache yet (a build whose training run failed): compiled from source
  }
  // The file is the module inside Node's CommonJS wrapper (build-cli-cjs.mjs): a function to call.
  const script = new vm.Script(bytes.toString('utf8'), {
    filename: file,
    cachedData,
    // The bundle import()s a few ES-only packages (spreadsheet readers) when a file needs them.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { script, digest, runCli: module.exports.runCli };
}

/** `node scripts/run.mjs cli …`: runs the command; resolves with its exit code. `compiled` hears
 * whether the cache was used ('cache', else 'source': none, stale or rejected by V8). */
export async function runCachedCli(file, argv, compiled = () => {}) {
  const { script, runCli } = loadCli(file);
  compiled(script.cachedDataRejected === false ? 'cache' : 'source');
  return runCli(argv);
}

/** The build's training run: one import of `files` into `dataDir`, then the cache written beside
 * cli.cjs. Run in a new process with no V8 flags of its own, as the CLI is. */
export async function trainCodeCache(file, files, dataDir) {
  const { script, digest, runCli } = loadCli(file);
  const quiet = { out: () => {}, err: (t) => console.error(t), env: process.env };
  const code = await runCli(['import', ...files, '--data', dataDir, '--json'], quiet);
  if (code !== 0) throw new Error(`训练导入失败（退出码 ${code}）`);
  const tmp = `${cachePathOf(file)}.${process.pid}`;
  fs.writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
  fs.renameSync(tmp, cachePathOf(file)); // whole or absent: a reader never sees half a cache
}

// `node scripts/lib/code-cache.mjs <cli.cjs> <data folder> <files…>`: the build's training run.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, dataDir, ...files] = process.argv.slice(2);
  await trainCodeCache(path.resolve(file), files, dataDir);
  process.exit(0);
}

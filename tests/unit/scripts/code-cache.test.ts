// The CLI's code cache (scripts/lib/code-cache.mjs) is only ever a cache: used for the exact bytes it
// was made from, and a stale, damaged or missing one leaves the script compiled from its source,
// running the source's code. Each case runs in a new process, as the CLI does (V8 keeps compiled
// scripts per process).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachePathOf } from '../../../scripts/lib/code-cache.mjs';

const ROOT = path.resolve(__dirname, '../../..');
const LIB = path.join(ROOT, 'scripts/lib/code-cache.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// A stand-in for dist/node/cli.cjs, in the same shape (the module inside Node's CommonJS wrapper):
// its runCli answers the code it was built with and counts calls, so a stale cache would show.
const bundle = (answer: string) =>
  "(function (exports, require, module, __filename, __dirname) {'use strict';" +
  `function answer(n) { return '${answer}:' + n; }\n` +
  'exports.runCli = async (argv) => { globalThis.__answer = answer(argv.length); return 0; };\n})';

/** Runs the file through runCachedCli in a new process: which way it compiled, and what it ran. */
function run(file: string): { from: string; answer: string } {
  const probe = `import { runCachedCli } from ${JSON.stringify(LIB)};
    let from; const code = await runCachedCli(${JSON.stringify(file)}, ['a', 'b'], (f) => { from = f; });
    console.log(JSON.stringify({ from, answer: globalThis.__answer, code }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  const r = JSON.parse(out) as { from: string; answer: string; code: number };
  expect(r.code).toBe(0);
  return { from: r.from, answer: r.answer };
}

function train(file: string): void {
  const data = fs.mkdtempSync(path.join(tmp, 'data-'));
  execFileSync(process.execPath, [LIB, file, data, 'x.txt']);
}

describe('the CLI code cache', () => {
  test('made after a run and used for the same bytes', () => {
    const file = path.join(tmp, 'same.cjs');
    fs.writeFileSync(file, bundle('one'));
    expect(run(file)).toEqual({ from: 'source', answer: 'one:2' }); // no cache yet
    train(file);
    expect(fs.statSync(cachePathOf(file)).size).toBeGreaterThan(16);
    expect(run(file)).toEqual({ from: 'cache', answer: 'one:2' });
  });

  test('a cache of other bytes of the same length is not used: the new source runs', () => {
    const file = path.join(tmp, 'changed.cjs');
    fs.writeFileSync(file, bundle('one'));
    train(file);
    fs.writeFileSync(file, bundle('two')); // same length: V8's own check would accept the old cache
    expect(run(file)).toEqual({ from: 'source', answer: 'two:2' });
  });

  test('a damaged cache is rejected and the source runs', () => {
    const file = path.join(tmp, 'damaged.cjs');
    fs.writeFileSync(file, bundle('one'));
    train(file);
    const cache = fs.readFileSync(cachePathOf(file));
    fs.writeFileSync(cachePathOf(file), cache.subarray(0, cache.length >> 1)); // cut in half
    expect(run(file)).toEqual({ from: 'source', answer: 'one:2' });
  });
});

// `node scripts/run.mjs <serve|cli|build-content> [args…]`: runs the compiled entry from dist/node,
// compiling it first when the sources changed (npm run cli, npm run serve, npm run build:content).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNodeBuild, NODE_OUT } from './build-node.mjs';
import { runCachedCli } from './lib/code-cache.mjs';

// STUDY_SHELF_TRACE=1: this script's start and the freshness check are the timeline's first marks
// (electron/core/trace.ts prints them at exit: wall ms since the process began, thread CPU ms).
const trace = process.env.STUDY_SHELF_TRACE ? (globalThis.__shelfTrace = []) : null;
const traceMark = (name) => {
  let cpu = NaN;
  try {
    cpu = Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    // not Linux: wall time only
  }
  trace?.push([name, performance.now(), cpu]);
};
if (trace) traceMark('run.mjs');

const [entry, ...args] = process.argv.slice(2);
if (!['serve', 'cli', 'build-content'].includes(entry)) {
  console.error('用法: node scripts/run.mjs <serve|cli|build-content> [参数…]');
  process.exit(2);
}
if (await ensureNodeBuild()) console.error('已重新编译 dist/node（源码有更新）。');
if (trace) traceMark('fresh');
// The usage text needs none of the commands' code: its small ES module graph loads faster than the
// cache of everything an import compiles (`cli --help` 0.25 → 0.29 s CPU through the cache at load 15).
const usageOnly = !args[0] || args[0].startsWith('-') || args.includes('--help');
if (entry === 'cli' && !usageOnly) {
  // The CLI from its code cache (lib/code-cache.mjs); what scripts/cli.ts does after the command.
  const file = path.join(NODE_OUT, 'cli.cjs');
  process.argv = [process.argv[0], file, ...args];
  const code = await runCachedCli(file, args, (from) => trace && traceMark(`compiled:${from}`));
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  process.exitCode = code;
} else {
  const file = path.join(NODE_OUT, `${entry}.mjs`);
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
}

// `node scripts/run.mjs <serve|cli|build-content> [args…]`: runs the compiled entry from dist/node,
// compiling it first when the sources changed (npm run cli, npm run serve, npm run build:content).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNodeBuild, NODE_OUT } from './build-node.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!['serve', 'cli', 'build-content'].includes(entry)) {
  console.error('用法: node scripts/run.mjs <serve|cli|build-content> [参数…]');
  process.exit(2);
}
if (await ensureNodeBuild()) console.error('已重新编译 dist/node（源码有更新）。');
const file = path.join(NODE_OUT, `${entry}.mjs`);
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);

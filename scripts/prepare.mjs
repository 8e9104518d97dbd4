// Everything `npm start` needs, built once and reused while the sources are unchanged (content
// hashes, see lib/fresh.mjs): the compiled server/CLI and the renderer (esbuild, seconds each) and
// the content bundle (its own process, side by side). A warm start skips all three in ~0.1 s.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNodeBuild, NODE_OUT } from './build-node.mjs';
import { buildRenderer, RENDERER_INPUTS } from './build-renderer.mjs';
import { ensureFresh, ROOT } from './lib/fresh.mjs';

function run(cmd, args, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label}失败（退出码 ${code}）`))));
  });
}

const say = (m) => console.log(m);

export function ensureRenderer() {
  return ensureFresh('renderer', RENDERER_INPUTS, ['dist/renderer/index.html'], () => {
    say('正在构建界面（首次启动或界面源码有更新）…');
    return buildRenderer();
  });
}

export function ensureContent() {
  return ensureFresh(
    'content',
    [
      'content',
      'electron/core/bundle',
      'electron/core/content',
      // 金句 credits and 提法 rules decide what the bundle holds.
      'electron/core/knowledge',
      'electron/core/search',
      'electron/core/text',
      'package-lock.json',
    ],
    ['content/build/content.sqlite'],
    () => {
      say('正在构建内容库（首次启动或内容有更新）…');
      return run(process.execPath, [path.join(NODE_OUT, 'build-content.mjs')], '内容库构建');
    },
  );
}

export function ensureElectron() {
  return ensureFresh(
    'electron',
    ['electron', 'scripts/build-electron.ts', 'package-lock.json'],
    ['dist/electron/main.cjs'],
    () => run(process.execPath, ['--import', 'tsx', 'scripts/build-electron.ts'], '桌面程序构建'),
  );
}

/** Builds what is stale; `desktop` adds the Electron main and preload bundles. */
export async function prepare({ desktop = false } = {}) {
  const t0 = performance.now();
  const built = await Promise.all([
    ensureRenderer(),
    ensureNodeBuild().then(async (b) => [b, await ensureContent()]),
    desktop ? ensureElectron() : false,
  ]);
  if (built.flat().some(Boolean)) say(`构建完成，用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒。`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await prepare();

// `npm start`: the desktop app where there is a display and an Electron binary, otherwise web mode
// (headless machines, CI, or where the Electron download was skipped). Prints which one it chose.
// Builds only what changed since the last start (prepare.mjs), then runs compiled JavaScript.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepare } from './prepare.mjs';
import { NODE_OUT } from './build-node.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  try {
    const bin = require('electron'); // the npm package exports the binary's path
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const wantDesktop = hasDisplay && !args.includes('--web');

function run(cmd, cmdArgs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// `npm install` never downloads the Electron binary (package.json allowScripts denies it, so
// installs work offline); fetch it here, on first desktop start, and fall back to web mode.
let bin = wantDesktop ? electronBinary() : null;
if (wantDesktop && !bin) {
  console.log('首次启动桌面版：正在下载 Electron…');
  await run(process.execPath, [require.resolve('electron/install.js')]);
  bin = electronBinary();
}

if (bin) {
  console.log('启动桌面版学习书架…');
  await prepare({ desktop: true });
  process.exit(await run(bin, ['.', ...args]));
} else {
  if (!args.includes('--web'))
    console.log(
      hasDisplay
        ? '未找到 Electron 程序，改用网页模式。'
        : '没有图形显示环境，使用网页模式（在浏览器中打开下面的地址）。',
    );
  await prepare();
  // The server runs in this process: no second Node start-up.
  const serve = path.join(NODE_OUT, 'serve.mjs');
  process.argv = [process.argv[0], serve, ...args.filter((a) => a !== '--web')];
  await import(pathToFileURL(serve).href);
}

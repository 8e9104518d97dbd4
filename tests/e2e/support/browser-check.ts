// Fails the e2e run at once, with the command to run, when no browser can be found.
import fs from 'node:fs';
import { findBrowser, installHint, isDebianLike } from '../../../scripts/lib/find-browser.js';

export function ensureBrowserOrExplain(): string {
  const found = findBrowser({ platform: process.platform, env: process.env, exists: (f) => fs.existsSync(f) });
  if (found.path) return found.path;
  const osRelease = fs.existsSync('/etc/os-release') ? fs.readFileSync('/etc/os-release', 'utf8') : '';
  const command = installHint(process.platform, process.platform === 'linux' && isDebianLike(osRelease));
  throw new Error(`端到端测试没有找到浏览器（Chromium、Chrome 或 Edge）。请运行：${command}`);
}

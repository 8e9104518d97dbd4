// `npm test` step 1: find (or on Debian/Ubuntu as root, install) the browser, fonts and pdftoppm the
// end-to-end tests need; elsewhere exit at once with the one command to run. See scripts/lib/ensure-browser.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ensureBrowser } from './lib/ensure-browser.js';

function readOsRelease(): string {
  try {
    return fs.readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function aptInstall(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env }).status === 0;
}

function hasCjkFont(): boolean | null {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return null;
  }
}

function hasCommand(name: string): boolean {
  const probe = process.platform === 'win32' ? 'where' : 'which';
  return spawnSync(probe, [name], { stdio: 'ignore' }).status === 0;
}

const outcome = ensureBrowser({
  host: { platform: process.platform, env: process.env, exists: (f) => fs.existsSync(f) },
  osRelease: readOsRelease(),
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  aptInstall,
  hasCjkFont,
  hasCommand,
  log: (line) => console.log(line),
});
process.exit(outcome.ok ? 0 : 1);

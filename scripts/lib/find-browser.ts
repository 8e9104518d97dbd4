// Finds the Chromium-family browser the end-to-end tests drive: CHROMIUM_PATH when set, else
// Debian's chromium, Chrome or Edge at their usual install paths. Pure (the file system and the
// environment are passed in) so the rules are tested without touching the machine.
import path from 'node:path';

export const BROWSER_VARIABLE = 'CHROMIUM_PATH';

export interface BrowserHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
}

export type BrowserFound = { path: string; from: 'variable' | 'usual-path' };
export type BrowserMissing = { path: null; badVariable: string | null };

/** Usual install paths on each platform, most likely first. */
export function browserCandidates(platform: NodeJS.Platform, env: BrowserHost['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    apps.push('Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    const homeApps = env.HOME ? apps.map((a) => path.posix.join(env.HOME!, 'Applications', a)) : [];
    return [...apps.map((a) => `/Applications/${a}`), ...homeApps];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const rel = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return rel.flatMap((r) => roots.map((root) => path.win32.join(root, r)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
    '/snap/bin/chromium',
  ];
}

export function findBrowser(host: BrowserHost): BrowserFound | BrowserMissing {
  const fromVariable = host.env[BROWSER_VARIABLE]?.trim();
  if (fromVariable) {
    // A variable that points nowhere is a mistake to report, not something to paper over.
    return host.exists(fromVariable)
      ? { path: fromVariable, from: 'variable' }
      : { path: null, badVariable: fromVariable };
  }
  const hit = browserCandidates(host.platform, host.env).find((p) => host.exists(p));
  return hit ? { path: hit, from: 'usual-path' } : { path: null, badVariable: null };
}

/** Debian, Ubuntu and their derivatives, from /etc/os-release text. */
export function isDebianLike(osRelease: string): boolean {
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?`, 'm').exec(osRelease)?.[1] ?? '';
  return /\b(debian|ubuntu)\b/.test(`${field('ID')} ${field('ID_LIKE')}`);
}

export const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];

/** The one command a person should run when no browser can be found or installed here. */
export function installHint(platform: NodeJS.Platform, debianLike: boolean): string {
  if (platform === 'darwin') return 'brew install --cask google-chrome';
  if (platform === 'win32') return 'winget install Google.Chrome';
  if (debianLike) return `sudo apt-get install -y ${APT_PACKAGES.join(' ')}`;
  return `${BROWSER_VARIABLE}=/path/to/chromium npm test`;
}

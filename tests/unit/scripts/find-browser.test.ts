// The rules `npm test` uses to find or install the e2e browser, on fake machines.
import { describe, expect, test } from 'vitest';
import { findBrowser, isDebianLike } from '../../../scripts/lib/find-browser.js';
import { ensureBrowser, type EnsureDeps } from '../../../scripts/lib/ensure-browser.js';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

type Over = Partial<EnsureDeps> & { files?: string[]; env?: Record<string, string>; commands?: string[] };
function machine(over: Over = {}) {
  const files = new Set(over.files ?? []);
  const commands = new Set(over.commands ?? ['pdftoppm']);
  const log: string[] = [];
  const installs: string[][] = [];
  const deps: EnsureDeps = {
    host: { platform: over.host?.platform ?? 'linux', env: over.env ?? {}, exists: (f) => files.has(f) },
    osRelease: over.osRelease ?? DEBIAN,
    isRoot: over.isRoot ?? false,
    aptInstall:
      over.aptInstall ??
      ((pkgs) => {
        installs.push(pkgs);
        if (pkgs.includes('chromium')) files.add('/usr/bin/chromium');
        if (pkgs.includes('poppler-utils')) commands.add('pdftoppm');
        return true;
      }),
    hasCjkFont: over.hasCjkFont ?? (() => true),
    hasCommand: (name) => commands.has(name),
    log: (l) => log.push(l),
  };
  return { deps, log, installs };
}

describe('findBrowser', () => {
  test('prefers the documented variable, and reports it when it points nowhere', () => {
    const env = { CHROMIUM_PATH: '/opt/my/chrome' };
    expect(findBrowser({ platform: 'linux', env, exists: (f) => f === '/opt/my/chrome' })).toEqual({
      path: '/opt/my/chrome',
      from: 'variable',
    });
    expect(findBrowser({ platform: 'linux', env, exists: () => true })).toMatchObject({ from: 'variable' });
    expect(findBrowser({ platform: 'linux', env, exists: () => false })).toEqual({
      path: null,
      badVariable: '/opt/my/chrome',
    });
  });
  test('finds Chrome or Edge at the usual paths of each platform', () => {
    const at = (platform: NodeJS.Platform, file: string, env: Record<string, string> = {}) =>
      findBrowser({ platform, env, exists: (f) => f === file }).path;
    expect(at('linux', '/usr/bin/google-chrome-stable')).toBe('/usr/bin/google-chrome-stable');
    expect(at('linux', '/opt/microsoft/msedge/msedge')).toBe('/opt/microsoft/msedge/msedge');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(at('darwin', mac)).toBe(mac);
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(at('win32', edge, { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })).toBe(edge);
    expect(at('linux', '/usr/local/bin/something-else')).toBeNull();
  });
  test('knows Debian and Ubuntu from os-release', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
  });
});

describe('ensureBrowser', () => {
  test('uses a browser that is there without installing anything', () => {
    const m = machine({ files: ['/usr/bin/chromium'], isRoot: true });
    expect(ensureBrowser(m.deps)).toEqual({ ok: true, path: '/usr/bin/chromium' });
    expect(m.installs).toEqual([]);
  });
  test('on Debian or Ubuntu as root installs Debian chromium and the CJK fonts', () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      const m = machine({ isRoot: true, osRelease });
      expect(ensureBrowser(m.deps)).toEqual({ ok: true, path: '/usr/bin/chromium' });
      expect(m.installs).toEqual([['chromium', 'fonts-noto-cjk']]);
    }
  });
  test('elsewhere stops at once with the one command to run', () => {
    const cases: [Over, string][] = [
      [{ isRoot: false }, 'sudo apt-get install -y chromium fonts-noto-cjk'],
      [{ isRoot: true, osRelease: FEDORA }, 'CHROMIUM_PATH=/path/to/chromium npm test'],
      [{ host: { platform: 'darwin', env: {}, exists: () => false } }, 'brew install --cask google-chrome'],
      [{ host: { platform: 'win32', env: {}, exists: () => false } }, 'winget install Google.Chrome'],
    ];
    for (const [over, command] of cases) {
      const m = machine(over);
      expect(ensureBrowser(m.deps)).toEqual({ ok: false, command });
      expect(m.installs).toEqual([]);
      expect(m.log.join('\n')).toContain(command);
    }
  });
  test('pdftoppm (for the handout PDF) is installed with the browser, or named in the command', () => {
    const root = machine({ isRoot: true, commands: [] });
    expect(ensureBrowser(root.deps).ok).toBe(true);
    expect(root.installs).toEqual([['chromium', 'fonts-noto-cjk', 'poppler-utils']]);
    const user = machine({ files: ['/usr/bin/chromium'], commands: [] });
    expect(ensureBrowser(user.deps)).toEqual({ ok: false, command: 'sudo apt-get install -y poppler-utils' });
  });
  test('a failed install stops with the command instead of running the tests', () => {
    const m = machine({ isRoot: true, aptInstall: () => false });
    expect(ensureBrowser(m.deps)).toMatchObject({ ok: false });
    expect(m.log.join('\n')).toContain('自动安装失败');
  });
  test('adds missing CJK fonts as root, and only warns otherwise', () => {
    const root = machine({ files: ['/usr/bin/chromium'], isRoot: true, hasCjkFont: () => false });
    expect(ensureBrowser(root.deps).ok).toBe(true);
    expect(root.installs).toEqual([['fonts-noto-cjk']]);
    const user = machine({ files: ['/usr/bin/chromium'], hasCjkFont: () => false });
    expect(ensureBrowser(user.deps).ok).toBe(true);
    expect(user.installs).toEqual([]);
    expect(user.log.join('\n')).toContain('fonts-noto-cjk');
  });
});

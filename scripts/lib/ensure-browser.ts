// First step of `npm test`: make sure the end-to-end tests have what they need before anything slow
// runs — a browser (see find-browser.ts), pdftoppm (the handout PDF is rendered to images) and a
// Chinese font. On Debian/Ubuntu as root the missing Debian packages are installed; anywhere else
// the run stops at once with the one command to run.
import { BROWSER_VARIABLE, findBrowser, installHint, isDebianLike, type BrowserHost } from './find-browser.js';

export interface EnsureDeps {
  host: BrowserHost;
  osRelease: string;
  isRoot: boolean;
  /** Installs Debian packages (apt-get); true when it succeeded. */
  aptInstall(packages: string[]): boolean;
  /** Whether a Chinese font is installed (null when that cannot be checked, e.g. no fontconfig). */
  hasCjkFont(): boolean | null;
  /** Whether a command is on PATH. */
  hasCommand(name: string): boolean;
  log(line: string): void;
}

export type EnsureOutcome = { ok: true; path: string } | { ok: false; command: string };

/** The one command that supplies the missing pieces where this script may not install them. */
function commandFor(platform: NodeJS.Platform, debian: boolean, packages: string[]): string {
  if (debian) return `sudo apt-get install -y ${packages.join(' ')}`;
  if (packages.includes('chromium')) return installHint(platform, false);
  return platform === 'darwin' ? 'brew install poppler' : '请安装 poppler（pdftoppm）后重新运行 npm test';
}

export function ensureBrowser(d: EnsureDeps): EnsureOutcome {
  const linux = d.host.platform === 'linux';
  const debian = linux && isDebianLike(d.osRelease);
  const stop = (why: string, packages: string[]): EnsureOutcome => {
    const command = commandFor(d.host.platform, debian, packages);
    d.log(`${why}\n端到端测试需要它。请运行：\n\n    ${command}\n\n然后重新运行 npm test。`);
    if (packages.includes('chromium')) d.log(`(Or set ${BROWSER_VARIABLE} to a Chromium, Chrome or Edge executable.)`);
    return { ok: false, command };
  };

  let found = findBrowser(d.host);
  if (found.path === null && found.badVariable)
    return stop(`${BROWSER_VARIABLE} 指向的文件不存在：${found.badVariable}`, ['chromium', 'fonts-noto-cjk']);
  // Debian package names of what is missing; fonts go with a new browser so Chinese renders.
  const required = [
    ...(found.path === null ? ['chromium', 'fonts-noto-cjk'] : []),
    ...(d.hasCommand('pdftoppm') ? [] : ['poppler-utils']),
  ];
  const fontMissing = linux && found.path !== null && d.hasCjkFont() === false;
  if (debian && d.isRoot && (required.length || fontMissing)) {
    const packages = [...required, ...(fontMissing ? ['fonts-noto-cjk'] : [])];
    d.log(`正在安装测试所需的 Debian 软件包：${packages.join(' ')}（apt-get）…`);
    if (!d.aptInstall(packages)) return stop('自动安装失败。', packages);
    found = findBrowser(d.host);
  } else if (required.length) {
    const why =
      found.path === null ? '没有找到可用于测试的浏览器（Chromium、Chrome 或 Edge）。' : '没有找到 pdftoppm。';
    return stop(why, required);
  } else if (fontMissing) {
    const fix = debian ? 'sudo apt-get install -y fonts-noto-cjk' : '安装 Noto Sans CJK 字体';
    d.log(`提示：没有找到中文字体，截图中的中文会显示为方框。请运行：${fix}`);
  }
  if (found.path === null) return stop('安装后仍未找到浏览器。', required);
  d.log(`端到端测试浏览器 / e2e browser: ${found.path}`);
  return { ok: true, path: found.path };
}

// Opens a folder in the system file manager (Explorer, Finder, or xdg-open on Linux). Used by
// 设置 › 数据文件夹 in both modes: the core runs on the user's machine in web mode too. Resolves
// `false` when no file manager could be started (e.g. a server without a desktop).
import { spawn } from 'node:child_process';

const OPENER: Partial<Record<NodeJS.Platform, string>> = { win32: 'explorer', darwin: 'open' };

export function openFolder(dir: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(OPENER[platform] ?? 'xdg-open', [dir], { detached: true, stdio: 'ignore' });
    } catch {
      resolve(false);
      return;
    }
    // Explorer exits with 1 even when it opened the window; only a failed start counts there.
    const timer = setTimeout(() => resolve(true), 3000);
    child.on('error', () => (clearTimeout(timer), resolve(false)));
    child.on('exit', (code) => (clearTimeout(timer), resolve(platform === 'win32' || code === 0)));
    child.unref();
  });
}

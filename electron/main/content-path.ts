// Where the read-only content bundle lives: beside the app in a package (extraResources), in the
// repository's build folder during development.
import fs from 'node:fs';
import path from 'node:path';

export function contentBundlePath(opts: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return opts.isPackaged
    ? path.join(opts.resourcesPath, 'content', 'content.sqlite')
    : path.join(opts.appPath, 'content', 'build', 'content.sqlite');
}

/** Logs (but tolerates) a missing bundle: the core runs with only the user's own documents. */
export function checkBundle(bundlePath: string): boolean {
  if (fs.existsSync(bundlePath)) return true;
  console.warn(
    `[study-shelf] content bundle not found at ${bundlePath}; run "npm run build:content". Continuing without it.`,
  );
  return false;
}

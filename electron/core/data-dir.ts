// Where user data lives outside Electron (web mode, CLI): --data DIR, else STUDY_SHELF_DATA,
// else the platform's per-user application-data folder. Electron uses app.getPath('userData').
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'study-shelf');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'study-shelf');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'study-shelf');
}

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.STUDY_SHELF_DATA) return path.resolve(env.STUDY_SHELF_DATA);
  return defaultDataDir(env);
}

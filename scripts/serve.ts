// Web mode: `npm run serve [-- --data DIR --port N]`. Serves the built renderer and the API on
// 127.0.0.1 and prints the URL with this run's token.
import path from 'node:path';
import { createCore, REPO_ROOT } from '../electron/core/app-core.js';
import { resolveDataDir } from '../electron/core/data-dir.js';
import { startWebServer, defaultStaticDir } from '../electron/web/web-server.js';
import { recoveryText } from '../electron/core/backup/recovery-text.js';
import { ensureContentBundle } from './lib/ensure-bundle.js';
import { flagString, parseArgs } from './lib/args.js';

const args = parseArgs(process.argv.slice(2));
const dataDir = resolveDataDir(flagString(args, 'data'));
const bundlePath = flagString(args, 'bundle') ?? path.join(REPO_ROOT, 'content', 'build', 'content.sqlite');
await ensureContentBundle(bundlePath);
const core = createCore({ dataDir, bundlePath, autoSnapshot: true, backgroundCheck: true, backgroundQuotes: true });
const server = await startWebServer({
  handlers: core.handlers,
  dataDir,
  staticDir: defaultStaticDir(REPO_ROOT),
  port: Number(flagString(args, 'port') ?? process.env.STUDY_SHELF_PORT ?? 0),
  token: process.env.STUDY_SHELF_TOKEN,
});
console.log(`学习书架 web mode — data: ${dataDir}`);
console.log(`Open: ${server.url}`);
// A damaged database: the same notice the recovery page shows, in Chinese (the page offers the choices).
const notice = recoveryText(core.data.status());
if (notice) console.log(`\n${notice}\n`);

const stop = async () => {
  await server.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

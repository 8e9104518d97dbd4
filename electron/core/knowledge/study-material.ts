// Which documents may feed study prompts (金句, 提法 statistics, questions, suggestions): current
// ones, plus historical ones the user opted in explicitly (e.g. for 党史 study). Opt-ins are kept
// in the user's settings, so they survive content updates.
// TODO(issue 11): read status through the library views once the bundle is attached to the user DB.
import type { CoreContext } from '../context.js';
import { isStudyMaterial } from './status.js';

const OPT_IN_KEY = 'knowledge.optIn';

export function optedIn(ctx: CoreContext): Set<string> {
  const row = ctx.userDb.prepare('SELECT value FROM settings WHERE key = ?').get(OPT_IN_KEY) as
    { value: string } | undefined;
  return new Set(row ? (JSON.parse(row.value) as string[]) : []);
}

/** Opts a historical document in as study material (or back out). */
export function setOptIn(ctx: CoreContext, docId: string, on: boolean): string[] {
  const ids = optedIn(ctx);
  if (on) ids.add(docId);
  else ids.delete(docId);
  const value = JSON.stringify([...ids].sort());
  ctx.userDb.transaction(() =>
    ctx.userDb
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(OPT_IN_KEY, value),
  )();
  return [...ids].sort();
}

function bundleHasStatus(ctx: CoreContext): boolean {
  const cols = ctx.bundle?.prepare('PRAGMA table_info(documents)').all() as { name: string }[] | undefined;
  return !!cols?.some((c) => c.name === 'status');
}

/** Ids of bundled documents that are historical and not opted in: never study material. */
export function excludedDocIds(ctx: CoreContext): Set<string> {
  if (!ctx.bundle || !bundleHasStatus(ctx)) return new Set();
  const opted = optedIn(ctx);
  const rows = ctx.bundle.prepare("SELECT id, status FROM documents WHERE status = '历史文献'").all() as {
    id: string;
    status: string;
  }[];
  return new Set(rows.filter((r) => !isStudyMaterial(r, opted)).map((r) => r.id));
}

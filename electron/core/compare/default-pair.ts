// The comparison opened by default: this year's report and last year's of the same kind. A kind
// is a document type plus its issuing source (国务院 reports, NPC resolutions, congress reports);
// the default is the newest long document that has a predecessor of its kind.
import { ApiError } from '../../contract/errors.js';
import type { CoreContext } from '../context.js';

interface Row {
  id: string;
  type: string;
  source: string | null;
  date: string | null;
  chars: number;
}
const kindOf = (r: Row) => `${r.type}|${r.source ?? ''}`;
const byDate = (a: Row, b: Row) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);

/** The document before `doc` of the same kind, or null. */
export function predecessorOf(rows: Row[], doc: Row): Row | null {
  const same = rows.filter((r) => kindOf(r) === kindOf(doc) && r.date && r.id !== doc.id && r.source);
  const earlier = same.filter((r) => (r.date ?? '') < (doc.date ?? '')).sort(byDate);
  return earlier[earlier.length - 1] ?? null;
}

export function defaultPair(ctx: CoreContext, newerId?: string): { olderId: string; newerId: string } {
  const rows = ctx.userDb.prepare('SELECT id, type, source, date, chars FROM all_documents').all() as Row[];
  const none = () => new ApiError('NOT_FOUND', '书库中没有可对比的同类文档。请在“对比阅读”中手动选择两篇文档。');
  if (newerId) {
    const doc = rows.find((r) => r.id === newerId);
    const prev = doc && predecessorOf(rows, doc);
    if (!doc || !prev) throw none();
    return { olderId: prev.id, newerId: doc.id };
  }
  const newest = rows
    .filter((r) => r.date && r.source)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.chars - a.chars)
    .find((r) => predecessorOf(rows, r) !== null);
  if (!newest) throw none();
  return { olderId: predecessorOf(rows, newest)!.id, newerId: newest.id };
}

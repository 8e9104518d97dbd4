// 金句 of imported documents are derived data, worked out after the import: an import stores,
// indexes and duplicate-checks a document and lists it in quotes_pending; a pass then extracts its
// 金句 from the stored row (the same context the pipeline had: paragraphs, speakers, occasion, date,
// title, type, historical status) a batch at a time, each batch written in one transaction with
// its documents taken off the list, so a crash leaves a document pending, never half-written.
// The app runs the pass in the import worker after each import and at start-up (startQuotePass);
// every call that reads 金句 first settles them (settleQuotes): it waits for the pass, or, with
// none running (the CLI, tests), works out the remaining ones on this thread.
import type Database from 'better-sqlite3';
import type { Paragraph } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import type { QuoteContext } from '../content/quotes.js';
import type { ContentDocument, ExtractedQuote } from '../content/types.js';
import { quoteWriter } from '../content/write-documents.js';
import { saidBeforeChecker } from '../content/said-lines.js';
import { importWorker } from '../imports/import-worker.js';
import { quotesOfPending, type PendingDoc } from '../content/deferred-quotes.js';

/** Documents per batch: a few hundred ms of work, so progress moves and a cancel is heard soon. */
export const PASS_BATCH = 32;

interface PassState {
  running: Promise<void> | null;
  cancelled: boolean;
  done: number;
  total: number;
}

const states = new WeakMap<Database.Database, PassState>();
const live = new Set<PassState>();

function stateOf(db: Database.Database): PassState {
  let s = states.get(db);
  if (!s) states.set(db, (s = { running: null, cancelled: false, done: 0, total: 0 }));
  return s;
}

/** Lists documents just stored (in the import's transaction) as waiting for their 金句. */
export function pendingMarker(db: Database.Database): (docs: { id: string }[]) => void {
  const ins = db.prepare('INSERT OR IGNORE INTO main.quotes_pending (doc_id) VALUES (?)');
  return (docs) => {
    for (const d of docs) ins.run(d.id);
  };
}

export function pendingCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM main.quotes_pending').pluck().get() as number;
}

/** The next pending documents, in the order they were imported (so 金句 rows keep that order). */
export function readPending(db: Database.Database, limit = PASS_BATCH): PendingDoc[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.type, d.date, d.speakers, d.occasion, d.status, d.paragraphs
         FROM main.quotes_pending p JOIN main.documents d ON d.id = p.doc_id ORDER BY d.rowid LIMIT ?`,
    )
    .raw()
    .all(limit) as [string, string, string, string | null, string, string | null, string, string][];
  return rows.map(([id, title, type, date, speakers, occasion, status, paragraphs]) => ({
    id,
    paragraphs: JSON.parse(paragraphs) as Paragraph[],
    ctx: {
      speakers: JSON.parse(speakers) as QuoteContext['speakers'],
      occasion,
      date,
      title,
      type,
      historical: status === '历史文献',
    },
  }));
}

/** Writes one batch in one transaction: each document still pending gets its 金句 (less the
 * speakers a library document by someone else had first: said-lines.ts) and leaves the list.
 * Returns how many were written. `beforeCommit` is for tests of a crash inside the batch. */
export function writeBatch(
  db: Database.Database,
  docs: PendingDoc[],
  quotes: ExtractedQuote[][],
  beforeCommit?: () => void,
): number {
  const uncredit = saidBeforeChecker(db);
  const write = quoteWriter(db);
  const still = db.prepare('SELECT 1 FROM main.quotes_pending WHERE doc_id = ?');
  const done = db.prepare('DELETE FROM main.quotes_pending WHERE doc_id = ?');
  return db.transaction(() => {
    let n = 0;
    docs.forEach((p, i) => {
      // Deleted meanwhile (the list row went with it), or written by another pass.
      if (!still.get(p.id)) return;
      const doc: Pick<ContentDocument, 'id' | 'quotes' | 'date' | 'title'> = {
        id: p.id,
        quotes: quotes[i]!,
        date: p.ctx.date,
        title: p.ctx.title ?? '',
      };
      uncredit([doc]);
      write(doc);
      done.run(p.id);
      n++;
    });
    beforeCommit?.();
    return n;
  })();
}

type Extract = (docs: PendingDoc[]) => Promise<ExtractedQuote[][]>;

/** A batch the extraction fails on (a document past the worker's time or memory limit) is worked
 * out a document at a time; a document that fails alone gets no 金句 (an empty list beats none
 * ever coming: it would be pending for good), unless the pass was cancelled. */
function oneByOne(extract: Extract, state: PassState): Extract {
  return async (docs) => {
    try {
      return await extract(docs);
    } catch (err) {
      if (state.cancelled) throw err;
      const out: ExtractedQuote[][] = [];
      for (const d of docs)
        out.push(
          await extract([d]).then(
            (r) => r[0]!,
            (e: unknown) => {
              if (state.cancelled) throw e;
              console.error('[study-shelf] 金句 of a document could not be worked out:', d.id, e);
              return [];
            },
          ),
        );
      return out;
    }
  };
}

function run(db: Database.Database, state: PassState, extract: Extract): Promise<void> {
  const each = oneByOne(extract, state);
  const pass = (async () => {
    live.add(state);
    state.cancelled = false;
    try {
      for (;;) {
        if (state.cancelled || !db.open) return;
        const docs = readPending(db);
        if (docs.length === 0) return;
        state.total = state.done + pendingCount(db);
        const quotes = await each(docs).catch((err: unknown) => {
          if (state.cancelled) return null; // a cancelled worker job
          throw err;
        });
        if (!quotes || state.cancelled || !db.open) return;
        state.done += writeBatch(db, docs, quotes);
      }
    } finally {
      live.delete(state);
      state.running = null;
      state.done = state.total = 0;
    }
  })();
  state.running = pass;
  return pass;
}

/** Starts the pass in the import worker unless one runs (the app: after an import, at start-up). */
export function startQuotePass(ctx: CoreContext): Promise<void> {
  const state = stateOf(ctx.userDb);
  if (state.running) return state.running;
  const limits = ctx.importLimits;
  const pass = run(ctx.userDb, state, (docs) => importWorker(limits).run('quotesOf', { docs }, limits.timeoutMs));
  pass.catch((err: unknown) => console.error('[study-shelf] 金句 pass failed:', err));
  return pass;
}

/** Before a call reads 金句: waits for the running pass, then works out whatever is still pending
 * on this thread (nothing runs it elsewhere: the CLI, tests, or a pass that stopped). */
export async function settleQuotes(ctx: CoreContext): Promise<void> {
  const db = ctx.userDb;
  const state = stateOf(db);
  if (state.running) await state.running.catch(() => undefined);
  // (A database opened read-only for recovery cannot take them: its readers see what is stored.)
  if (!db.open || db.readonly || !db.prepare('SELECT 1 FROM main.quotes_pending LIMIT 1').get()) return;
  // The app keeps its thread free (the worker's pass); a process without a pass works them out here.
  await (state.running ?? (ctx.backgroundQuotes ? startQuotePass(ctx) : run(db, state, quotesOfPending)));
}

/** What the app shows while a pass runs (正在提取金句 12/931), or null. */
export function quotePassProgress(db: Database.Database): { done: number; total: number } | null {
  const s = states.get(db);
  return s?.running ? { done: s.done, total: s.total } : null;
}

/** Stops every pass after its current batch (a restore or a new database is coming). */
export function cancelQuotePasses(): number {
  for (const s of live) s.cancelled = true;
  return live.size;
}

// Importing user files: base64 or upload → pipeline (in the import worker) → duplicate check
// against the bundle and the user's documents → the user's documents / terms tables and the
// duplicate fingerprints, a savepoint per file in one transaction per batch of parsed files
// (store-batch.ts), then the search index once for the whole call, then the search view (searched
// once, warm-search.ts). The worker reads the next files while earlier ones are checked and stored.
// 金句 are derived data, worked out after the import (quote-pass.ts): the documents are listed as
// pending in the same transaction. Every file gets a result; bad input never throws and stores nothing.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, ApiResults, ImportExcerpt, ImportFileResult } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { documentWriter } from '../content/write-documents.js';
import { fingerprintOfFolded, type Fingerprint } from '../content/dedupe.js';
import { userFingerprintWriter } from '../content/fingerprints.js';
import { storageError } from '../storage-errors.js';
import { bodyText } from '../content/doc-fields.js';
import type { ContentDocument } from '../content/types.js';
import { foldForSearch } from '../text/normalize.js';
import { UserIndexBatch } from '../search/user-index.js';
import { hasLibraryIndex } from '../search/library-index.js';
import { searchSources } from '../search/sources.js';
import { duplicateIndex } from './duplicate-index.js';
import { ParseAhead, type Parsed } from './parse-ahead.js';
import { inBatches, storeInOneTransaction } from './store-batch.js';
import { mark, span } from '../trace.js';
import { pendingMarker, startQuotePass } from './quote-pass.js';

/** Which document a duplicate matches, naming each title once (the two are usually the same). */
function duplicateNote(title: string, existing: string, exact: boolean): string {
  const how = exact ? '内容相同' : '内容高度相似';
  return title === existing ? `书库中已有《${existing}》（${how}）` : `《${title}》与书库中的《${existing}》${how}`;
}

function titleOf(ctx: CoreContext, id: string): string {
  return (
    (ctx.userDb.prepare('SELECT title FROM all_documents WHERE id = ?').pluck().get(id) as string | undefined) ?? id
  );
}

/** Where one call's files go: the documents' tables with their fingerprints, one transaction (a
 * savepoint inside a batch's) per file (statements prepared once per call), and the search index
 * (one segment per call). */
interface Sink {
  store(docs: ContentDocument[], prints: Fingerprint[]): void;
  indexLater: UserIndexBatch;
}

function sinkFor(db: CoreContext['userDb']): Sink {
  const write = documentWriter(db);
  const writeFingerprint = userFingerprintWriter(db);
  const markPending = pendingMarker(db);
  const store = db.transaction((docs: ContentDocument[], prints: Fingerprint[]) => {
    write(docs);
    docs.forEach((d, i) => writeFingerprint(d.id, prints[i]!));
    markPending(docs);
  });
  return { store, indexLater: new UserIndexBatch() };
}

/** A file's result, and the documents it stored (indexed once their batch is committed) with
 * their folded bodies (folded once, for the fingerprints and the index). */
interface Stored {
  result: ImportFileResult;
  fresh: ContentDocument[];
  folded?: string[];
}

/** Duplicate check and store of one parsed file. */
function storeOne(ctx: CoreContext, { name, res }: Parsed, { store }: Sink): Stored {
  const done = (result: ImportFileResult, fresh: ContentDocument[] = [], folded?: string[]): Stored => ({
    result,
    fresh,
    folded,
  });
  if (!res) return done({ name, status: 'error', message: '文件为空。', docIds: [] });
  const removed = res.report.removed.slice(0, 200);
  if (res.documents.length === 0) {
    const reason = res.errors[0] ?? res.report.skipped[0]?.reason ?? '文件中没有找到可导入的正文。';
    return done({ name, status: 'error', message: reason, docIds: [], removed });
  }
  const dups = duplicateIndex(ctx);
  const fresh: ContentDocument[] = [];
  const prints = new Map<string, Fingerprint>();
  const folded = new Map<string, string>();
  const foldedOf = (doc: ContentDocument) => {
    let f = folded.get(doc.id);
    if (f === undefined) folded.set(doc.id, (f = foldForSearch(bodyText(doc.paragraphs))));
    return f;
  };
  const printOf = (doc: ContentDocument) => {
    let fp = prints.get(doc.id);
    if (!fp) prints.set(doc.id, (fp = fingerprintOfFolded(foldedOf(doc))));
    return fp;
  };
  const dupNotes: string[] = [];
  const dupIds: string[] = [];
  for (const doc of res.documents) {
    const hit = dups.findSignature(doc.hash, () => printOf(doc).sig);
    if (hit) {
      dupIds.push(hit.id);
      dupNotes.push(duplicateNote(doc.title, titleOf(ctx, hit.id), hit.kind === 'exact'));
    } else {
      fresh.push(doc);
    }
  }
  if (fresh.length === 0)
    return done({
      name,
      status: 'duplicate',
      message: `${dupNotes.join('；')}，未再次导入。`,
      docIds: dupIds,
      removed,
    });
  // A large excerpt of a library document is imported, reported as 节选 with a link to the full
  // text, and the user decides whether to keep it.
  const excerpts: ImportExcerpt[] = [];
  for (const doc of fresh) {
    const hit = dups.excerptOf(printOf(doc).sketch);
    if (hit)
      excerpts.push({ docId: doc.id, fullId: hit.id, fullTitle: titleOf(ctx, hit.id), contained: hit.contained });
  }
  store(fresh, fresh.map(printOf));
  for (const d of fresh) dups.addFingerprint(d.id, d.hash, printOf(d));
  let message = `已导入 ${fresh.length} 篇文档。`;
  if (dupNotes.length) message += `另有 ${dupNotes.length} 篇重复已跳过：${dupNotes.join('；')}。`;
  if (res.report.skipped.length) message += `${res.report.skipped.length} 个片段过短未收录。`;
  for (const note of res.report.notes ?? []) message += note;
  for (const e of excerpts)
    message += `其中一篇是《${e.fullTitle}》的节选（约 ${Math.round(e.contained * 100)}% 的内容在全文中）。`;
  const historical = fresh.filter((d) => d.status === '历史文献').length;
  if (historical)
    message += `${historical} 篇写于十一届三中全会（1978年12月）以前，标为历史文献，不出金句和题目；如需作为学习材料，可在书库中点“编辑”改为现行。`;
  const docIds = fresh.map((d) => d.id);
  return done({ name, status: 'imported', message, docIds, removed, excerpts }, fresh, fresh.map(foldedOf));
}

/** A file's result whatever happened: limits, damaged files, cancel (the worker's Chinese message
 * says which) and storage errors are reported, and nothing of the file is stored. */
function storeOrReport(ctx: CoreContext, taken: Parsed | { name: string; err: unknown }, sink: Sink): Stored {
  let err: unknown;
  if ('err' in taken) err = taken.err;
  else
    try {
      return storeOne(ctx, taken, sink);
    } catch (e) {
      err = e;
    }
  const known = err instanceof ApiError && err.code !== 'INTERNAL' ? err : storageError(err);
  if (known) return { result: { name: taken.name, status: 'error', message: known.message, docIds: [] }, fresh: [] };
  console.error('[study-shelf] import failed:', taken.name, err);
  const message = '导入失败：处理文件时出现意外错误，未保存任何内容。';
  return { result: { name: taken.name, status: 'error', message, docIds: [] }, fresh: [] };
}

export async function importFiles(
  ctx: CoreContext,
  a: ApiParsedArgs<'importFiles'>,
): Promise<ApiResults['importFiles']> {
  mark('import');
  const results: ImportFileResult[] = [];
  // Indexed once per call (one segment, not one per file). Should the process stop before, the
  // stored documents are indexed by the next search (search/user-index.ts).
  const sink = sinkFor(ctx.userDb);
  // The worker reads the next files while this thread checks and stores the earlier ones; files
  // are still stored in order (parse-ahead.ts), a batch at a time (store-batch.ts).
  const ahead = new ParseAhead(ctx, a.files);
  await inBatches(a.files, ahead, (batch) => {
    const stored = storeInOneTransaction(
      ctx.userDb,
      batch,
      (taken) => span('store', () => storeOrReport(ctx, taken, sink)),
      (undone) => {
        for (const s of undone) for (const d of s.fresh) duplicateIndex(ctx).remove(d.id);
      },
    );
    for (const s of stored) {
      results.push(s.result);
      sink.indexLater.add(s.fresh, s.folded);
    }
  });
  mark('import:stored');
  sink.indexLater.commit(ctx.userDb);
  mark('import:indexed');
  // The stored documents are safe; the search view is refreshed (and searched once) on a best-effort basis (should it
  // fail, the next search rebuilds it and reports the error).
  if (results.some((r) => r.status === 'imported')) {
    // Their 金句 are worked out after the import, in the worker (the app), or by the first call
    // that reads 金句 (quote-pass.ts).
    if (ctx.backgroundQuotes) startQuotePass(ctx);
    try {
      // Only where a search already built the view (the app): a CLI import never searched, so the
      // search engine's modules are not loaded for it.
      if (hasLibraryIndex(ctx.userDb))
        (await import('../search/warm-search.js')).refreshAndWarmSearch(searchSources(ctx));
      mark('import:search-refreshed');
    } catch (err) {
      console.error('[study-shelf] search refresh after import failed:', err);
    }
  }
  return { results };
}

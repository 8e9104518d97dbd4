// Importing user files: base64 → pipeline → duplicate check against the bundle and the user's
// documents → user_documents / user_quotes / user_terms and the duplicate fingerprint in one
// transaction per file, then the search index once for the whole call. Every file gets a result;
// bad input never throws and stores nothing.
import type { ApiParsedArgs, ApiResults, ImportFileResult } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { writeDocuments } from '../content/build-bundle.js';
import { minhash, type Signature } from '../content/dedupe.js';
import { writeUserFingerprint } from '../content/fingerprints.js';
import { duplicateIndex } from './duplicate-index.js';
import { importBytes } from '../content/pipeline.js';
import { bodyText } from '../content/doc-fields.js';
import type { ContentDocument } from '../content/types.js';
import { addUserDocumentsToIndex } from '../search/user-index.js';

function titleOf(ctx: CoreContext, id: string): string {
  const u = ctx.userDb.prepare('SELECT title FROM user_documents WHERE id = ?').pluck().get(id) as string | undefined;
  if (u) return u;
  try {
    return (
      (ctx.bundle?.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(id) as string | undefined) ?? id
    );
  } catch {
    return id;
  }
}

async function importOne(
  ctx: CoreContext,
  name: string,
  dataBase64: string,
  indexLater: ContentDocument[],
): Promise<ImportFileResult> {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) return { name, status: 'error', message: '文件为空。', docIds: [] };
  const res = await importBytes(name, bytes, {}, { idPrefix: 'u' });
  if (res.documents.length === 0) {
    const reason = res.errors[0] ?? res.report.skipped[0]?.reason ?? '文件中没有找到可导入的正文。';
    return { name, status: 'error', message: reason, docIds: [] };
  }
  const dups = duplicateIndex(ctx);
  const fresh: ContentDocument[] = [];
  const sigs = new Map<string, Signature>();
  const dupNotes: string[] = [];
  const dupIds: string[] = [];
  for (const doc of res.documents) {
    const hit = dups.findSignature(doc.hash, () => {
      const sig = minhash(bodyText(doc.paragraphs));
      sigs.set(doc.id, sig);
      return sig;
    });
    if (hit) {
      dupIds.push(hit.id);
      dupNotes.push(
        `《${doc.title}》与已有文档《${titleOf(ctx, hit.id)}》${hit.kind === 'exact' ? '内容相同' : '高度相似'}`,
      );
    } else {
      fresh.push(doc);
    }
  }
  if (fresh.length === 0)
    return { name, status: 'duplicate', message: `重复：${dupNotes.join('；')}，未再次导入。`, docIds: dupIds };
  ctx.userDb.transaction(() => {
    writeDocuments(ctx.userDb, fresh, 'user_');
    for (const d of fresh) writeUserFingerprint(ctx.userDb, d.id, sigs.get(d.id)!);
  })();
  for (const d of fresh) dups.addSignature(d.id, d.hash, sigs.get(d.id)!);
  indexLater.push(...fresh);
  let message = `已导入 ${fresh.length} 篇文档。`;
  if (dupNotes.length) message += `另有 ${dupNotes.length} 篇重复已跳过：${dupNotes.join('；')}。`;
  if (res.report.skipped.length) message += `${res.report.skipped.length} 个片段过短未收录。`;
  return { name, status: 'imported', message, docIds: fresh.map((d) => d.id) };
}

export async function importFiles(
  ctx: CoreContext,
  a: ApiParsedArgs<'importFiles'>,
): Promise<ApiResults['importFiles']> {
  const results: ImportFileResult[] = [];
  // Indexed once per call (one segment, not one per file). Should the process stop before, the
  // stored documents are indexed by the next search (search/user-index.ts).
  const toIndex: ContentDocument[] = [];
  for (const f of a.files) {
    try {
      results.push(await importOne(ctx, f.name, f.dataBase64, toIndex));
    } catch (err) {
      console.error('[study-shelf] import failed:', f.name, err);
      results.push({
        name: f.name,
        status: 'error',
        message: '导入失败：处理文件时出现意外错误，未保存任何内容。',
        docIds: [],
      });
    }
  }
  if (toIndex.length) addUserDocumentsToIndex(ctx.userDb, toIndex);
  return { results };
}

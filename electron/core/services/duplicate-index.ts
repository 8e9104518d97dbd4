// The duplicate index of the library (bundle + user imports), built once per core from the
// persisted fingerprints and kept in step with imports and deletions. Documents imported before
// fingerprints were stored get theirs computed once and saved. Light on purpose: deleting a
// document must not load the import pipeline.
import type { CoreContext } from '../context.js';
import { DuplicateIndex, minhash } from '../content/dedupe.js';
import { readBundleFingerprints, readUserFingerprints, writeUserFingerprint } from '../content/fingerprints.js';
import { bodyText } from '../content/doc-fields.js';

const indexes = new WeakMap<CoreContext, DuplicateIndex>();

function addBundleByText(ctx: CoreContext, idx: DuplicateIndex): void {
  try {
    const rows = ctx.bundle!.prepare('SELECT id, hash, paragraphs FROM documents').raw().all() as [
      string,
      string,
      string,
    ][];
    for (const [id, hash, paragraphs] of rows) idx.add(id, hash, bodyText(JSON.parse(paragraphs) as { text: string }[]));
  } catch {
    // A bundle without documents (older or partial build) simply contributes nothing.
  }
}

export function duplicateIndex(ctx: CoreContext): DuplicateIndex {
  let idx = indexes.get(ctx);
  if (idx) return idx;
  idx = new DuplicateIndex();
  if (ctx.bundle && !readBundleFingerprints(ctx.bundle, idx)) addBundleByText(ctx, idx);
  const paragraphs = ctx.userDb.prepare('SELECT paragraphs FROM user_documents WHERE id = ?').pluck();
  for (const r of readUserFingerprints(ctx.userDb)) {
    let sig = r.sig;
    if (!sig) {
      const json = paragraphs.get(r.id) as string;
      sig = minhash(bodyText(JSON.parse(json) as { text: string }[]));
      writeUserFingerprint(ctx.userDb, r.id, sig);
    }
    idx.addSignature(r.id, r.hash, sig);
  }
  indexes.set(ctx, idx);
  return idx;
}

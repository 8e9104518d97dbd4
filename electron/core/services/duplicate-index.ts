// The duplicate index of the library (bundle + user imports), built once per core from the
// persisted fingerprints and kept in step with imports and deletions. Documents stored before
// fingerprints were (an older bundle, imports from before migration 0006) get theirs computed
// once from their text; the user's are then saved. Light on purpose: deleting a document must not
// load the import pipeline.
import type { CoreContext } from '../context.js';
import { DuplicateIndex, fingerprint } from '../content/dedupe.js';
import { readBundleFingerprints, readUserFingerprints, userFingerprintWriter } from '../content/fingerprints.js';
import { bodyText } from '../content/doc-fields.js';

const indexes = new WeakMap<CoreContext, DuplicateIndex>();
const textOf = (json: string) => bodyText(JSON.parse(json) as { text: string }[]);

export function duplicateIndex(ctx: CoreContext): DuplicateIndex {
  let idx = indexes.get(ctx);
  if (idx) return idx;
  idx = new DuplicateIndex();
  const db = ctx.userDb;
  if (ctx.bundleState === 'attached' && !readBundleFingerprints(db, idx, 'bundle')) {
    const rows = db.prepare('SELECT id, hash, paragraphs FROM all_documents WHERE origin = ?').raw().all('bundle');
    for (const [id, hash, paragraphs] of rows as [string, string, string][]) idx.add(id, hash, textOf(paragraphs));
  }
  const paragraphs = db.prepare('SELECT paragraphs FROM main.documents WHERE id = ?').pluck();
  const writeFingerprint = userFingerprintWriter(db);
  for (const r of readUserFingerprints(db)) {
    let fp = r.fp;
    if (!fp) {
      fp = fingerprint(textOf(paragraphs.get(r.id) as string));
      writeFingerprint(r.id, fp);
    }
    idx.addFingerprint(r.id, r.hash, fp);
  }
  indexes.set(ctx, idx);
  return idx;
}

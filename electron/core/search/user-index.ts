// The full-text index of the user's imported documents: each import adds a segment; when there
// are too many, the smallest are merged (re-indexed from the user's documents) so a search reads a few
// segments. Deletions and edits need no index writes: the library index reads documents and
// titles from the database and skips what is gone. Documents that were never indexed (an import
// interrupted between its two writes, a database from before migration 0004) are indexed on the
// next search, so the index heals itself.
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../content/types.js';
import { bodyText } from '../content/doc-fields.js';
import { foldForSearch } from '../text/normalize.js';
import { Columns } from './column-codec.js';
import { libraryIndex, type LibraryIndex } from './library-index.js';
import { freeSegmentId, SegmentBuilder, type IndexedDoc } from './segment-writer.js';
import type { SearchSources } from './engine.js';

/** Above this many segments, the smallest are merged. */
const MAX_SEGMENTS = 8;

function toIndexed(
  id: string,
  title: string,
  paragraphs: readonly { text: string }[],
  foldedBody = foldForSearch(bodyText(paragraphs)),
): IndexedDoc {
  return { id, title, foldedTitle: foldForSearch(title), foldedBody };
}

function writeSegment(db: Database.Database, docs: IndexedDoc[]): void {
  if (docs.length === 0) return;
  const b = new SegmentBuilder();
  for (const d of docs) b.add(d);
  writeBuilt(db, b);
}

function writeBuilt(db: Database.Database, b: SegmentBuilder): void {
  // Generation: newer segments win when a document was indexed twice (deleted, imported again).
  const gens = (db.prepare('SELECT columns FROM main.search_segments').pluck().all() as Buffer[]).map((c) => {
    const cols = new Columns(c);
    return cols.has('gen') ? cols.json<number>('gen') : 0;
  });
  b.write(db, freeSegmentId(db), { gen: { json: Math.max(0, ...gens) + 1 } });
}

/** The new segment of one import call, built file by file (folding and postings while the worker
 * reads the next file) and written once at the end. */
export class UserIndexBatch {
  private readonly b = new SegmentBuilder();
  /** `folded`: the bodies already folded (foldForSearch of bodyText), in the order of `docs`. */
  add(docs: readonly ContentDocument[], folded?: readonly string[]): void {
    docs.forEach((d, i) => this.b.add(toIndexed(d.id, d.title, d.paragraphs, folded?.[i])));
  }
  /** Writes the segment and merges small segments, in one transaction. */
  commit(db: Database.Database): void {
    if (this.b.size === 0) return;
    db.transaction(() => {
      writeBuilt(db, this.b);
      mergeSmallSegments(db);
    })();
  }
}

/** Indexes newly imported documents (call inside the import's transaction). */
export function addUserDocumentsToIndex(db: Database.Database, docs: ContentDocument[]): void {
  const batch = new UserIndexBatch();
  batch.add(docs);
  batch.commit(db);
}

function readDocs(db: Database.Database, ids: string[]): IndexedDoc[] {
  const get = db.prepare('SELECT title, paragraphs FROM main.documents WHERE id = ?');
  const out: IndexedDoc[] = [];
  for (const id of ids) {
    const r = get.get(id) as { title: string; paragraphs: string } | undefined;
    if (r) out.push(toIndexed(id, r.title, JSON.parse(r.paragraphs) as { text: string }[]));
  }
  return out;
}

/** Merges the smallest segments into one until at most MAX_SEGMENTS / 2 remain. */
function mergeSmallSegments(db: Database.Database): void {
  const segs = db.prepare('SELECT seg, chars, columns FROM main.search_segments ORDER BY chars, seg').raw().all() as [
    number,
    number,
    Buffer,
  ][];
  if (segs.length <= MAX_SEGMENTS) return;
  const merge = segs.slice(0, segs.length - MAX_SEGMENTS / 2 + 1);
  const ids = new Set<string>();
  for (const [, , cols] of merge) {
    const c = new Columns(cols).strings('ids');
    for (let i = 0; i < c.length; i++) ids.add(c.get(i));
  }
  const delPostings = db.prepare('DELETE FROM main.search_postings WHERE key >= ? AND key < ?');
  for (const [seg] of merge) {
    delPostings.run(seg * 2 * 2 ** 42, (seg + 1) * 2 * 2 ** 42);
    db.prepare('DELETE FROM main.search_segments WHERE seg = ?').run(seg);
  }
  writeSegment(db, readDocs(db, [...ids]));
}

/** The library index with every user document indexed (indexing any that are missing). */
export function searchLibrary(src: SearchSources): LibraryIndex {
  const lib = libraryIndex(src.bundle, src.userDb);
  if (lib.unindexed.length === 0) return lib;
  src.userDb.transaction(() => writeSegment(src.userDb, readDocs(src.userDb, lib.unindexed)))();
  return libraryIndex(src.bundle, src.userDb);
}

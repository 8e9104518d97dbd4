// Persisted duplicate fingerprints (exact hash, MinHash signature and excerpt sketch per document),
// so the first import of a session reads them instead of re-parsing the whole library (3.9 s at
// 13 M characters; building the excerpt map from stored sketches still took 0.5 s, hence the
// sorted pairs). The bundle stores its documents' fingerprints in one blob written at build
// time; the user database keeps one row per imported document (migration 0006), written with it.
import type Database from 'better-sqlite3';
import type { DuplicateIndex, Fingerprint } from './dedupe.js';
import { freezeSketches } from './excerpt.js';

const PERMS = 64;

const u32 = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** The bundle's fingerprints as one blob: a JSON header [ids, hashes, pair count], then the
 * signatures (64 per document), the sketch size per document, and the excerpt sketches as
 * (hash, document) pairs sorted by hash: loading is a few typed-array views, no map to build. */
export function writeBundleFingerprints(db: Database.Database, dups: DuplicateIndex): void {
  const all = dups.entries().filter((e) => e.fp);
  const frozen = freezeSketches(all.map((e) => ({ id: e.id, sketch: e.fp!.sketch })));
  const head = Buffer.from(
    JSON.stringify([all.map((e) => e.id), all.map((e) => e.hash), frozen.hashes.length]),
    'utf8',
  );
  const sigs = new Uint32Array(all.length * PERMS);
  all.forEach((e, i) => sigs.set(e.fp!.sig, i * PERMS));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  db.exec('CREATE TABLE IF NOT EXISTS fingerprints (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT');
  db.prepare("INSERT OR REPLACE INTO fingerprints (key, value) VALUES ('all', ?)").run(
    Buffer.concat([
      len,
      head,
      bytes(sigs),
      bytes(new Uint32Array(frozen.sizes)),
      bytes(frozen.hashes),
      bytes(new Uint32Array(frozen.docs)),
    ]),
  );
}

/** Adds the bundle's fingerprints (`schema`: where its tables are); false when it has none. */
export function readBundleFingerprints(db: Database.Database, into: DuplicateIndex, schema = 'main'): boolean {
  let blob: Buffer | undefined;
  try {
    blob = db.prepare(`SELECT value FROM ${schema}.fingerprints WHERE key = 'all'`).pluck().get() as Buffer | undefined;
  } catch {
    return false; // a bundle built before fingerprints were stored
  }
  if (!blob) return false;
  const headLen = blob.readUInt32LE(0);
  const [ids, hashes, pairs] = JSON.parse(blob.subarray(4, 4 + headLen).toString('utf8')) as [
    string[],
    string[],
    number,
  ];
  const body = u32(blob.subarray(4 + headLen));
  const n = ids.length;
  let at = 0;
  const take = (count: number) => body.subarray(at, (at += count));
  const sigs = take(n * PERMS);
  const sizes = new Int32Array(take(n));
  const sketchHashes = take(pairs);
  const docs = new Int32Array(take(pairs));
  into.addLibrary(ids, hashes, sigs, { ids, sizes, hashes: sketchHashes, docs });
  return true;
}

/** Stores user documents' fingerprints (the statement prepared once, for an import's many files). */
export function userFingerprintWriter(db: Database.Database): (docId: string, fp: Fingerprint) => void {
  const insert = db.prepare('INSERT OR REPLACE INTO main.user_fingerprints (doc_id, sig, sketch) VALUES (?, ?, ?)');
  return (docId, fp) => insert.run(docId, bytes(fp.sig), bytes(fp.sketch));
}

/** The user's documents with their stored fingerprint (null when none was stored yet). */
export function readUserFingerprints(db: Database.Database): { id: string; hash: string; fp: Fingerprint | null }[] {
  const rows = db
    .prepare(
      'SELECT d.id, d.hash, f.sig, f.sketch FROM main.documents d LEFT JOIN main.user_fingerprints f ON f.doc_id = d.id',
    )
    .raw()
    .all() as [string, string, Buffer | null, Buffer | null][];
  return rows.map(([id, hash, sig, sketch]) => ({
    id,
    hash,
    fp: sig && sketch ? { sig: u32(sig), sketch: u32(sketch) } : null,
  }));
}

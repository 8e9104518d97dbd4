// Persisted duplicate fingerprints (exact hash, MinHash signature and excerpt sketch per document),
// so the first import of a session reads them instead of re-parsing the whole library (3.9 s at
// 13 M characters). The bundle stores its documents' fingerprints in one blob written at build
// time; the user database keeps one row per imported document (migration 0006), written with it.
import type Database from 'better-sqlite3';
import type { DuplicateIndex, Fingerprint } from './dedupe.js';

const PERMS = 64;

const u32 = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** The bundle's fingerprints as one blob: a JSON header [ids, hashes, sketch offsets], then the
 * signatures and the sketches back to back. */
export function writeBundleFingerprints(db: Database.Database, dups: DuplicateIndex): void {
  const all = dups.entries().filter((e) => e.fp);
  const offsets = [0];
  for (const e of all) offsets.push(offsets.at(-1)! + e.fp!.sketch.length);
  const head = Buffer.from(JSON.stringify([all.map((e) => e.id), all.map((e) => e.hash), offsets]), 'utf8');
  const body = new Uint32Array(all.length * PERMS + offsets.at(-1)!);
  all.forEach((e, i) => {
    body.set(e.fp!.sig, i * PERMS);
    body.set(e.fp!.sketch, all.length * PERMS + offsets[i]!);
  });
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  db.exec('CREATE TABLE IF NOT EXISTS fingerprints (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT');
  db.prepare("INSERT OR REPLACE INTO fingerprints (key, value) VALUES ('all', ?)").run(
    Buffer.concat([len, head, bytes(body)]),
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
  const [ids, hashes, offsets] = JSON.parse(blob.subarray(4, 4 + headLen).toString('utf8')) as [
    string[],
    string[],
    number[],
  ];
  const body = u32(blob.subarray(4 + headLen));
  const sketches = ids.length * PERMS;
  ids.forEach((id, i) =>
    into.addFingerprint(id, hashes[i]!, {
      sig: body.subarray(i * PERMS, (i + 1) * PERMS),
      sketch: body.subarray(sketches + offsets[i]!, sketches + offsets[i + 1]!),
    }),
  );
  return true;
}

export function writeUserFingerprint(db: Database.Database, docId: string, fp: Fingerprint): void {
  db.prepare('INSERT OR REPLACE INTO main.user_fingerprints (doc_id, sig, sketch) VALUES (?, ?, ?)').run(
    docId,
    bytes(fp.sig),
    bytes(fp.sketch),
  );
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

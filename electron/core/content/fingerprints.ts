// Persisted duplicate fingerprints (exact hash and MinHash signature per document), so the first
// import of a session reads them instead of re-parsing the whole library (3.9 s at 13 M
// characters). The bundle stores all of its documents' fingerprints in one blob written at build
// time; the user database keeps one row per imported document (migration 0004), written with it.
import type Database from 'better-sqlite3';
import type { DuplicateIndex, Signature } from './dedupe.js';

const PERMS = 64;

/** The bundle's fingerprints as one blob: JSON [ids, hashes] header, then the signatures. */
export function writeBundleFingerprints(db: Database.Database, dups: DuplicateIndex): void {
  const all = dups.entries().filter((e) => e.sig);
  const head = Buffer.from(JSON.stringify([all.map((e) => e.id), all.map((e) => e.hash)]), 'utf8');
  const sigs = new Uint32Array(all.length * PERMS);
  all.forEach((e, i) => sigs.set(e.sig!, i * PERMS));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  db.exec('CREATE TABLE IF NOT EXISTS fingerprints (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT');
  db.prepare("INSERT OR REPLACE INTO fingerprints (key, value) VALUES ('all', ?)").run(
    Buffer.concat([len, head, Buffer.from(sigs.buffer)]),
  );
}

/** Adds the bundle's fingerprints; false when the bundle has none (built before they existed). */
export function readBundleFingerprints(db: Database.Database, into: DuplicateIndex): boolean {
  let blob: Buffer | undefined;
  try {
    blob = db.prepare("SELECT value FROM fingerprints WHERE key = 'all'").pluck().get() as Buffer | undefined;
  } catch {
    return false;
  }
  if (!blob) return false;
  const headLen = blob.readUInt32LE(0);
  const [ids, hashes] = JSON.parse(blob.subarray(4, 4 + headLen).toString('utf8')) as [string[], string[]];
  const at = 4 + headLen;
  const sigs = new Uint32Array(blob.buffer.slice(blob.byteOffset + at, blob.byteOffset + blob.length));
  ids.forEach((id, i) => into.addSignature(id, hashes[i]!, sigs.subarray(i * PERMS, (i + 1) * PERMS)));
  return true;
}

export function writeUserFingerprint(db: Database.Database, docId: string, sig: Signature): void {
  db.prepare('INSERT OR REPLACE INTO user_fingerprints (doc_id, sig) VALUES (?, ?)').run(
    docId,
    Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength),
  );
}

/** The user's documents with their stored signature (null when none was stored yet). */
export function readUserFingerprints(db: Database.Database): { id: string; hash: string; sig: Signature | null }[] {
  const rows = db
    .prepare('SELECT d.id, d.hash, f.sig FROM user_documents d LEFT JOIN user_fingerprints f ON f.doc_id = d.id')
    .raw()
    .all() as [string, string, Buffer | null][];
  return rows.map(([id, hash, sig]) => ({
    id,
    hash,
    sig: sig ? new Uint32Array(sig.buffer.slice(sig.byteOffset, sig.byteOffset + sig.length)) : null,
  }));
}

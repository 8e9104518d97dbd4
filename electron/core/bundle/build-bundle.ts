// Builds the read-only content bundle (content/build/content.sqlite) from content/sources:
// every file through the import pipeline, bundle-level de-duplication, the BUNDLE_SCHEMA tables,
// meta (version = content hash, built_at) and the search index. Written to a temp file and
// renamed, so a crash never leaves a half-built bundle behind.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../search/build-index.js';
import { BUNDLE_SCHEMA, BUNDLE_SCHEMA_VERSION } from '../content/bundle-schema.js';
import { DuplicateIndex } from '../content/dedupe.js';
import { writeBundleFingerprints } from '../content/fingerprints.js';
import { writeSaidLines } from '../content/said-lines.js';
import { hintsFor, readManifest, rowHintsFor, statusFor } from '../content/manifest.js';
import { importBytes, type SkippedItem } from '../content/pipeline.js';
import { bodyText } from '../content/doc-fields.js';
import { writeDocuments } from '../content/write-documents.js';
import type { ContentDocument } from '../content/types.js';
import { libraryQuotes, libraryTerms, writeTermInfo, type LibraryTerm } from './library-pass.js';

export interface BuildProgress {
  done: number;
  total: number;
  file: string;
}

export interface BuildOptions {
  sourcesDir: string;
  outPath: string;
  /** Defaults to `manifest.json` next to the sources folder. */
  manifestPath?: string;
  onProgress?: (p: BuildProgress) => void;
}

export interface BuildSummary {
  version: string;
  documents: number;
  skipped: SkippedItem[];
  duplicates: { origin: string; title: string; duplicateOf: string; kind: 'exact' | 'near' }[];
  errors: { file: string; message: string }[];
  quotes: number;
  terms: number;
  chars: number;
  seconds: number;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.startsWith('.')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Writes a complete bundle file (schema, documents, meta, search index, duplicate fingerprints,
 * the library's sentences with who said each first)
 * through a temp file that is renamed into place, so a crash never leaves a half-built bundle
 * behind. `dups` holds the documents' fingerprints when the caller computed them already. */
export function writeBundleFile(
  outPath: string,
  docs: ContentDocument[],
  version: string,
  termInfo: readonly LibraryTerm[] = [],
  dups: DuplicateIndex = fingerprintsOf(docs),
): void {
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  const tmp = `${outPath}.tmp-${process.pid}-${Date.now()}`;
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = DELETE');
    db.exec(BUNDLE_SCHEMA);
    db.transaction(() => {
      writeDocuments(db, docs);
      writeTermInfo(db, termInfo);
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('version', version);
      meta.run('built_at', new Date().toISOString());
      meta.run('documents', String(docs.length));
      meta.run('schema', String(BUNDLE_SCHEMA_VERSION));
    })();
    buildSearchIndex(db, docs);
    writeBundleFingerprints(db, dups);
    writeSaidLines(db, docs);
    db.close();
    fs.renameSync(tmp, outPath);
  } catch (err) {
    if (db.open) db.close();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

function fingerprintsOf(docs: ContentDocument[]): DuplicateIndex {
  const dups = new DuplicateIndex();
  for (const d of docs) dups.add(d.id, d.hash, bodyText(d.paragraphs));
  return dups;
}

export async function buildContentBundle(opts: BuildOptions): Promise<BuildSummary> {
  const t0 = performance.now();
  const manifest = readManifest(opts.manifestPath ?? path.join(path.dirname(opts.sourcesDir), 'manifest.json'));
  const files = listFiles(opts.sourcesDir);
  const summary: BuildSummary = {
    version: '',
    documents: 0,
    skipped: [],
    duplicates: [],
    errors: [],
    quotes: 0,
    terms: 0,
    chars: 0,
    seconds: 0,
  };
  const docs: ContentDocument[] = [];
  const dups = new DuplicateIndex();
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const rel = path.relative(opts.sourcesDir, file).split(path.sep).join('/');
    const entry = manifest.files[rel];
    const rowHints = rowHintsFor(entry);
    const res = await importBytes(rel, fs.readFileSync(file), hintsFor(entry), {
      idPrefix: 'b',
      minChars: 200,
      statusOf: statusFor(entry),
      deferKnowledge: true,
      ...(rowHints ? { rowHints } : {}),
    });
    for (const message of res.errors) summary.errors.push({ file: rel, message });
    summary.skipped.push(...res.report.skipped);
    for (const doc of res.documents) {
      const body = bodyText(doc.paragraphs);
      const dup = dups.find(doc.hash, body);
      if (dup) {
        summary.duplicates.push({ origin: doc.origin, title: doc.title, duplicateOf: dup.id, kind: dup.kind });
        continue;
      }
      // Two rows with the same title in one file would share a location id: fall back to content.
      if (docs.some((d) => d.id === doc.id)) doc.id = `b:${doc.hash.slice(0, 16)}`;
      dups.add(doc.id, doc.hash, body);
      docs.push(doc);
    }
    opts.onProgress?.({ done: i + 1, total: files.length, file: rel });
  }

  const terms = libraryTerms(docs);
  libraryQuotes(docs);
  const version = createHash('sha256');
  for (const d of docs) version.update(d.id).update(JSON.stringify(d));
  summary.version = version.digest('hex').slice(0, 16);
  summary.documents = docs.length;
  summary.quotes = docs.reduce((n, d) => n + d.quotes.length, 0);
  summary.terms = new Set(docs.flatMap((d) => d.terms.map((t) => t.term))).size;
  summary.chars = docs.reduce((n, d) => n + bodyText(d.paragraphs).replace(/\s/g, '').length, 0);

  writeBundleFile(opts.outPath, docs, summary.version, terms, dups);
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

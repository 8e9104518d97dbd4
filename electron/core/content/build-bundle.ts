// Builds the read-only content bundle (content/build/content.sqlite) from content/sources:
// every file through the import pipeline, bundle-level de-duplication, the BUNDLE_SCHEMA tables,
// meta (version = content hash, built_at) and the search index. Written to a temp file and
// renamed, so a crash never leaves a half-built bundle behind.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../search/build-index.js';
import { BUNDLE_SCHEMA } from './bundle-schema.js';
import { DuplicateIndex } from './dedupe.js';
import { writeBundleFingerprints } from './fingerprints.js';
import { hintsFor, readManifest, rowHintsFor } from './manifest.js';
import { importBytes, type SkippedItem } from './pipeline.js';
import { bodyText, yearOf } from './doc-fields.js';
import type { ContentDocument } from './types.js';

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

export function writeDocuments(db: Database.Database, docs: ContentDocument[], prefix: '' | 'user_'): void {
  const table = prefix ? 'user_documents' : 'documents';
  const insDoc = db.prepare(
    `INSERT INTO ${table} (id, title, type, date, year, source, speakers, occasion, place, script, paragraphs, chars, hash, origin)
     VALUES (@id, @title, @type, @date, @year, @source, @speakers, @occasion, @place, @script, @paragraphs, @chars, @hash, @origin)`,
  );
  const insQuote = db.prepare(
    `INSERT INTO ${prefix ? 'user_quotes' : 'quotes'} (id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTerm = db.prepare(
    `INSERT INTO ${prefix ? 'user_terms' : 'terms'} (term, doc_id, paragraph, start) VALUES (?, ?, ?, ?)`,
  );
  for (const d of docs) {
    insDoc.run({
      id: d.id,
      title: d.title,
      type: d.type,
      date: d.date,
      year: yearOf(d.date),
      source: d.source,
      speakers: JSON.stringify(d.speakers),
      occasion: d.occasion,
      place: d.place,
      script: d.script,
      paragraphs: JSON.stringify(d.paragraphs),
      chars: bodyText(d.paragraphs).replace(/\s/g, '').length,
      hash: d.hash,
      origin: d.origin,
    });
    d.quotes.forEach((q, i) =>
      insQuote.run(
        `${d.id}#q${i}`,
        d.id,
        q.paragraph,
        q.start,
        q.end,
        q.text,
        q.speaker,
        q.occasion,
        q.date,
        q.citation,
      ),
    );
    for (const t of d.terms) for (const o of t.occurrences) insTerm.run(t.term, d.id, o.paragraph, o.start);
  }
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

  const version = createHash('sha256');
  for (const d of docs) version.update(d.id).update(JSON.stringify(d));
  summary.version = version.digest('hex').slice(0, 16);
  summary.documents = docs.length;
  summary.quotes = docs.reduce((n, d) => n + d.quotes.length, 0);
  summary.terms = new Set(docs.flatMap((d) => d.terms.map((t) => t.term))).size;
  summary.chars = docs.reduce((n, d) => n + bodyText(d.paragraphs).replace(/\s/g, '').length, 0);

  fs.mkdirSync(path.dirname(opts.outPath), { recursive: true });
  const tmp = `${opts.outPath}.tmp-${process.pid}-${Date.now()}`;
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = DELETE');
    db.exec(BUNDLE_SCHEMA);
    db.transaction(() => {
      writeDocuments(db, docs, '');
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('version', summary.version);
      meta.run('built_at', new Date().toISOString());
      meta.run('documents', String(docs.length));
    })();
    buildSearchIndex(db, docs);
    writeBundleFingerprints(db, dups);
    db.close();
    fs.renameSync(tmp, opts.outPath);
  } catch (err) {
    if (db.open) db.close();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

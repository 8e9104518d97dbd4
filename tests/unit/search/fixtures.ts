// Test helpers: ContentDocument builders, a bundle writer and a user database in a temp folder.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { BUNDLE_SCHEMA } from '../../../electron/core/content/bundle-schema.js';
import { buildSearchIndex } from '../../../electron/core/search/build-index.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';
import { yearOf } from '../../../electron/core/content/doc-fields.js';
import { seededRng } from '../../../electron/core/quiz/rng.js';
import { corpusDir, POEMS_FILE, RMRB_FILE } from '../../../scripts/bench/lib/corpus.js';

let seq = 0;
export function makeDoc(p: Partial<ContentDocument> & { title: string; body?: string[] }): ContentDocument {
  seq++;
  const { body, ...rest } = p;
  return {
    id: `doc-${seq}`,
    type: '文章',
    date: null,
    source: null,
    speakers: [],
    occasion: null,
    place: null,
    script: 'simplified',
    paragraphs: (body ?? []).map((text) => ({ kind: 'p' as const, text })),
    quotes: [],
    terms: [],
    hash: `h-${seq}`,
    origin: 'test',
    ...rest,
  };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'search-test-'));
}

function insertDocs(db: Database.Database, table: 'documents' | 'user_documents', docs: ContentDocument[]): void {
  const ins = db.prepare(
    `INSERT INTO ${table} (id, title, type, date, year, source, speakers, occasion, place, script, paragraphs, chars, hash, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of docs) {
    ins.run(
      d.id,
      d.title,
      d.type,
      d.date,
      yearOf(d.date),
      d.source,
      JSON.stringify(d.speakers),
      d.occasion,
      d.place,
      d.script,
      JSON.stringify(d.paragraphs),
      d.paragraphs.reduce((n, p) => n + p.text.length, 0),
      d.hash,
      d.origin,
    );
  }
}

/** A content bundle file with documents, quotes and the search index. */
export function writeBundle(file: string, docs: ContentDocument[]): Database.Database {
  const db = new Database(file);
  db.exec(BUNDLE_SCHEMA);
  insertDocs(db, 'documents', docs);
  const insQ = db.prepare(
    'INSERT INTO quotes (id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation) VALUES (?,?,?,?,?,?,?,?,?,?)',
  );
  for (const d of docs)
    d.quotes.forEach((q, i) =>
      insQ.run(`${d.id}-q${i}`, d.id, q.paragraph, q.start, q.end, q.text, q.speaker, q.occasion, q.date, q.citation),
    );
  buildSearchIndex(db, docs);
  return db;
}

export function userDbWith(dir: string, docs: ContentDocument[]): Database.Database {
  const db = openUserDb(dir);
  insertDocs(db, 'user_documents', docs);
  return db;
}

/** The first `n` People's Daily articles as documents (tests only; never copied into the repo). */
export async function rmrbDocs(n: number): Promise<ContentDocument[]> {
  const file = path.join(corpusDir(), RMRB_FILE);
  const rl = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const out: ContentDocument[] = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string | number; date: string; title: string; text: string };
    out.push(
      makeDoc({
        id: `rmrb-${a.id}`,
        title: a.title,
        date: a.date,
        source: '人民日报',
        body: a.text.split(/\n+/).filter(Boolean),
      }),
    );
    if (out.length >= n) break;
  }
  rl.close();
  return out;
}

/** The first `n` Tang poems (traditional characters) as documents. */
export async function tangDocs(n: number): Promise<ContentDocument[]> {
  const file = path.join(corpusDir(), POEMS_FILE);
  const rl = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const out: ContentDocument[] = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string; author: string; text: string };
    out.push(
      makeDoc({
        id: `tang-${a.id}`,
        title: a.title,
        script: 'traditional',
        speakers: [{ name: a.author, role: null }],
        body: a.text.split(/\n+/).filter(Boolean),
      }),
    );
    if (out.length >= n) break;
  }
  rl.close();
  return out;
}

/** Deterministic PRNG so a failing case can be reproduced (the quiz engine's mulberry32). */
export const rng = seededRng;

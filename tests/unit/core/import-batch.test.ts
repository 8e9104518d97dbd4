// Group commit of an import call's files (services/store-batch.ts): one transaction per batch and
// a savepoint per file, so a file that fails is rolled back alone and the others are stored; a
// batch whose transaction is lost (a failing COMMIT, a storage error that ends it) is stored again
// file by file. End to end: a file the database refuses, in a batch of several, stores nothing and
// leaves no fingerprint behind; the others are stored and found.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { createCore } from '../../../electron/core/app-core.js';
import { IN_PROCESS_MAX_BYTES } from '../../../electron/core/imports/import-worker.js';
import { storeInOneTransaction } from '../../../electron/core/services/store-batch.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-batch-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Item {
  id: number;
  /** How storing this item goes wrong, the first time it is stored. */
  fault?: 'throws' | 'dangling' | 'ends-transaction';
}
interface Outcome {
  id: number;
  ok: boolean;
  inBatch: boolean;
}

function scratchDb(): Database.Database {
  const db = new Database(path.join(fs.mkdtempSync(path.join(tmp, 'db-')), 'x.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE doc (id INTEGER PRIMARY KEY);
    CREATE TABLE quote (doc INTEGER REFERENCES doc(id) DEFERRABLE INITIALLY DEFERRED, n INTEGER)`);
  return db;
}

/** Stores an item as the import stores a file: its rows in a nested transaction, errors reported. */
function storer(db: Database.Database) {
  const faulted = new Set<number>();
  const store = db.transaction((item: Item) => {
    db.prepare('INSERT INTO doc (id) VALUES (?)').run(item.id);
    const first = item.fault && !faulted.has(item.id);
    faulted.add(item.id);
    // A dangling reference passes each statement and fails the COMMIT (deferred foreign key).
    db.prepare('INSERT INTO quote (doc, n) VALUES (?, 1)').run(item.fault === 'dangling' ? 999 : item.id);
    if (first && item.fault === 'throws') throw new Error('refused');
    if (first && item.fault === 'ends-transaction') {
      db.exec('ROLLBACK'); // as SQLite does on some storage errors
      throw new Error('disk');
    }
  });
  return (item: Item): Outcome => {
    const inBatch = db.inTransaction;
    try {
      store(item);
      return { id: item.id, ok: true, inBatch };
    } catch {
      return { id: item.id, ok: false, inBatch };
    }
  };
}

const ids = (db: Database.Database, table: string) =>
  db
    .prepare(`SELECT ${table === 'doc' ? 'id' : 'doc'} FROM ${table} ORDER BY rowid`)
    .pluck()
    .all();

describe('storeInOneTransaction', () => {
  test('a batch is one transaction; the file that fails is rolled back alone, the others stored', () => {
    const db = scratchDb();
    const items: Item[] = [{ id: 1 }, { id: 2 }, { id: 3, fault: 'throws' }, { id: 4 }, { id: 5 }];
    const undo = vi.fn();
    const out = storeInOneTransaction(db, items, storer(db), undo);
    expect(out).toEqual([1, 2, 3, 4, 5].map((id) => ({ id, ok: id !== 3, inBatch: true })));
    expect(undo).not.toHaveBeenCalled();
    expect(ids(db, 'doc')).toEqual([1, 2, 4, 5]);
    expect(ids(db, 'quote')).toEqual([1, 2, 4, 5]);
    expect(db.inTransaction).toBe(false);
  });

  test('one file alone is stored in its own transaction, as before batches', () => {
    const db = scratchDb();
    expect(storeInOneTransaction(db, [{ id: 7 }], storer(db), vi.fn())).toEqual([{ id: 7, ok: true, inBatch: false }]);
    expect(ids(db, 'doc')).toEqual([7]);
  });

  test('a COMMIT that fails stores nothing of the batch; then each file is stored alone', () => {
    const db = scratchDb();
    const items: Item[] = [{ id: 1 }, { id: 2, fault: 'dangling' }, { id: 3 }];
    const undo = vi.fn();
    const out = storeInOneTransaction(db, items, storer(db), undo);
    // Every file was stored in the lost batch: this thread forgets all three, then stores them again.
    expect(undo.mock.calls).toEqual([[[1, 2, 3].map((id) => ({ id, ok: true, inBatch: true }))]]);
    expect(out).toEqual([1, 2, 3].map((id) => ({ id, ok: id !== 2, inBatch: false })));
    expect(ids(db, 'doc')).toEqual([1, 3]);
    expect(ids(db, 'quote')).toEqual([1, 3]);
  });

  test('a storage error that ends the transaction: the files before it are forgotten and all stored again', () => {
    const db = scratchDb();
    const items: Item[] = [{ id: 1 }, { id: 2 }, { id: 3, fault: 'ends-transaction' }, { id: 4 }];
    const undo = vi.fn();
    const out = storeInOneTransaction(db, items, storer(db), undo);
    expect(undo.mock.calls).toEqual([
      [
        [
          { id: 1, ok: true, inBatch: true },
          { id: 2, ok: true, inBatch: true },
          { id: 3, ok: false, inBatch: true },
        ],
      ],
    ]);
    // Stored again one by one (the fault was passing), each exactly once.
    expect(out).toEqual([1, 2, 3, 4].map((id) => ({ id, ok: true, inBatch: false })));
    expect(ids(db, 'doc')).toEqual([1, 2, 3, 4]);
  });
});

const article = (title: string, n: number) =>
  `${title}\n\n` +
  Array.from({ length: 12 }, (_, i) => `第${i + n}条，${title}的正文内容，坚持系统观念，推动各项任务落地见效。`).join(
    '\n',
  );
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('an import call of several files', () => {
  const bundlePath = path.join(tmp, 'content.sqlite');
  beforeAll(async () => {
    const sources = path.join(tmp, 'sources');
    fs.mkdirSync(sources);
    fs.writeFileSync(path.join(sources, 'a.txt'), article('关于加强社区服务的意见', 0));
    await buildContentBundle({ sourcesDir: sources, outPath: bundlePath, manifestPath: path.join(tmp, 'none.json') });
  }, 60_000);

  test('a file the database refuses stores nothing and can be imported later; the others are stored', async () => {
    // Files read on this thread (as the CLI reads small ones) are parsed before the first is
    // stored, so they are stored in batches.
    const dataDir = path.join(tmp, 'data');
    const core = createCore({ dataDir, bundlePath, importLimits: { inProcessMaxBytes: IN_PROCESS_MAX_BYTES } });
    const db = core.ctx.userDb;
    const titles = ['学习心得之一', '学习心得之二', '学习心得之三', '学习心得之四', '学习心得之五'];
    const files = titles.map((t, i) => ({ name: `${i}.txt`, dataBase64: b64(article(t, 100 * (i + 1))) }));
    // Refuses the third file's document, after its other rows could have been written.
    db.exec(`CREATE TEMP TRIGGER refuse AFTER INSERT ON main.documents WHEN NEW.title = '学习心得之三'
      BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // What another connection sees committed as each document is written: with a commit per file,
    // every file stored before it; in a batch, fewer.
    const reader = new Database(path.join(dataDir, 'study-shelf.sqlite'), { readonly: true });
    const committed = reader.prepare('SELECT count(*) FROM documents').pluck();
    const seen: number[] = [];
    db.function('seen_committed', () => seen.push(committed.get() as number));
    db.exec(`CREATE TEMP TRIGGER watch BEFORE INSERT ON main.documents BEGIN SELECT seen_committed(); END`);
    const r = await core.handlers.importFiles({ files });
    error.mockRestore();
    reader.close();
    expect(seen).toHaveLength(5);
    const storedBefore = [0, 1, 2, 2, 3]; // the third is refused
    expect(
      seen.some((n, k) => n < storedBefore[k]!),
      JSON.stringify(seen),
    ).toBe(true);
    expect(r.results.map((x) => x.status)).toEqual(['imported', 'imported', 'error', 'imported', 'imported']);
    expect(r.results[2]!.message).toContain('未保存任何内容');
    const stored = db.prepare('SELECT title FROM main.documents ORDER BY rowid').pluck().all();
    expect(stored).toEqual(titles.filter((t) => t !== '学习心得之三'));
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM user_fingerprints')).toBe(4);
    expect(count('SELECT count(*) FROM main.quotes WHERE doc_id NOT IN (SELECT id FROM main.documents)')).toBe(0);
    expect(count('SELECT count(*) FROM main.terms WHERE doc_id NOT IN (SELECT id FROM main.documents)')).toBe(0);
    const found = await core.handlers.search({ query: '学习心得', sort: 'relevance', offset: 0, limit: 20 });
    expect(new Set(found.hits.map((h) => h.docId))).toEqual(new Set(r.results.flatMap((x) => x.docIds)));
    // Nothing of it was remembered as known: imported again, it is new, not a duplicate.
    db.exec('DROP TRIGGER refuse; DROP TRIGGER watch');
    const again = await core.handlers.importFiles({ files: [files[2]!] });
    expect(again.results[0]).toMatchObject({ status: 'imported' });
    core.close();
  }, 60_000);
});

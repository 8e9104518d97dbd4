// The content bundle is attached to the user's database on the same connection; nothing the user
// does may write to it (edits of bundled documents go to document_overrides instead).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { writeBundleFile } from '../../../electron/core/bundle/build-bundle.js';
import { openTestCore, sampleDocs } from '../workspace/fixtures.js';
import { BUNDLE_MMAP_BYTES } from '../../../electron/core/db/attach-bundle.js';

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('editing, tagging, annotating, starring and deleting bundled documents leaves the bundle file unchanged', async () => {
  const t = openTestCore();
  const before = digest(t.bundlePath);
  await t.call('updateDocument', { id: 'b:doc1', title: '新标题', type: '文件', date: '2020-01-01', speaker: '李四' });
  await t.call('tagItems', { kind: 'document', ids: ['b:doc1', 'b:doc2'], add: ['学习'] });
  await t.call('createAnnotation', { docId: 'b:doc1', paragraph: 0, start: 0, end: 4, color: 'red' });
  const quote = (await t.call('listQuotes', {})).items[0]!;
  await t.call('saveQuote', { quoteId: quote.id, tags: ['金句'] });
  await t.call('setDocumentState', { docId: 'b:doc2', starred: true, readingPosition: 1 });
  await t.call('deleteDocument', { id: 'b:doc2' });
  await t.call('search', { query: '乡村振兴' });
  t.core.close();
  expect(digest(t.bundlePath)).toBe(before);
  t.close();
});

test('a session holds the bundle read lock between statements without blocking readers or a rebuild', async () => {
  const t = openTestCore();
  await t.call('search', { query: '乡村振兴' });
  // The lock stays after the statement (no per-statement lock and file check) ...
  const locking = t.core.ctx.userDb.pragma('bundle.locking_mode', { simple: true });
  expect(locking).toBe('exclusive');
  // ... but it is a read lock: another process's connection reads the same file.
  const other = new Database(t.bundlePath, { readonly: true, fileMustExist: true });
  expect(other.prepare('SELECT count(*) FROM documents').pluck().get()).toBeGreaterThan(0);
  other.close();
  // A content build writes a new file and renames it over the old one while the app is open.
  const docs = sampleDocs();
  writeBundleFile(t.bundlePath, docs.slice(0, 1), 'next');
  expect((await t.call('search', { query: '乡村振兴' })).total).toBeGreaterThan(0); // the open file still reads
  t.rebuild(docs.slice(0, 1));
  expect((await t.call('listDocuments', {})).total).toBe(1);
  t.close();
});

test('the bundle is read through a memory map (the user database is not), and still reads after a rebuild renames a new file over it', async () => {
  const t = openTestCore();
  const db = t.core.ctx.userDb;
  expect(db.pragma('bundle.mmap_size', { simple: true })).toBe(BUNDLE_MMAP_BYTES);
  expect(db.pragma('main.mmap_size', { simple: true })).toBe(0);
  const before = await t.call('search', { query: '乡村振兴' });
  expect(before.total).toBeGreaterThan(0);
  writeBundleFile(t.bundlePath, sampleDocs().slice(0, 1), 'next');
  const after = await t.call('search', { query: '乡村振兴' });
  expect(after.hits.map((h) => [h.docId, h.hitCount, h.snippets])).toEqual(
    before.hits.map((h) => [h.docId, h.hitCount, h.snippets]),
  );
  t.close();
});

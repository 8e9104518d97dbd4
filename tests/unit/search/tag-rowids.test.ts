// Tags name documents by id; the search finds a tagged bundled document's number through its rowid
// in `documents` (no read of the bundle's ids). The rowids need not follow the index's order.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA, BUNDLE_SCHEMA_VERSION } from '../../../electron/core/content/bundle-schema.js';
import { writeDocuments } from '../../../electron/core/content/write-documents.js';
import { buildTextIndex } from '../../../electron/core/search/build-index.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import { openUserDb } from '../../../electron/core/db/open-user-db.js';
import { runSearch } from '../../../electron/core/search/engine.js';
import { makeDoc, rng, tempDir } from './fixtures.js';

describe('tags on bundled documents', () => {
  it('filter the right documents when the documents table is in another order than the index', () => {
    const dir = tempDir();
    const docs = Array.from({ length: 40 }, (_, i) =>
      makeDoc({ id: `d${String(i).padStart(2, '0')}`, title: `学习笔记${i}`, body: [`第${i}篇学习体会`] }),
    );
    const next = rng(5);
    const shuffled = [...docs].sort(() => next() - 0.5);
    const bundleFile = path.join(dir, 'content.sqlite');
    const b = new Database(bundleFile);
    b.exec(BUNDLE_SCHEMA);
    b.transaction(() => writeDocuments(b, shuffled))();
    b.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(BUNDLE_SCHEMA_VERSION));
    buildTextIndex(b, docs);
    b.close();

    const db = openUserDb(path.join(dir, 'user'));
    const tag = db.prepare("INSERT INTO tags (name) VALUES ('重点') RETURNING id").pluck().get() as number;
    for (const id of ['d03', 'd17', 'd39', 'missing'])
      db.prepare('INSERT INTO document_tags VALUES (?, ?)').run(id, tag);
    attachBundle(db, bundleFile);
    const res = runSearch(
      { bundle: db, userDb: db },
      { query: '学习 tag:重点', sort: 'relevance', offset: 0, limit: 50 },
    );
    expect(res.hits.map((h) => h.docId).sort()).toEqual(['d03', 'd17', 'd39']);
    db.close();
  });
});

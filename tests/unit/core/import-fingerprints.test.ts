// Duplicate fingerprints are persisted: the bundle carries its documents' fingerprints, each import
// stores its own, so a restarted app checks duplicates without re-reading any document text; and
// one import call adds one index segment, searchable at once.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { DuplicateIndex } from '../../../electron/core/content/dedupe.js';
import { readBundleFingerprints } from '../../../electron/core/content/fingerprints.js';
import { createCore } from '../../../electron/core/app-core.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'study-shelf-fp-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const bundlePath = path.join(tmp, 'content.sqlite');
const article = (title: string, n: number) =>
  `${title}\n\n` +
  Array.from({ length: 12 }, (_, i) => `第${i + n}条，${title}的正文内容，坚持问题导向，推动工作落实见效。`).join('\n');
const b64 = (s: string) => Buffer.from(s).toString('base64');

beforeAll(async () => {
  const sources = path.join(tmp, 'sources');
  fs.mkdirSync(sources);
  fs.writeFileSync(path.join(sources, 'a.txt'), article('关于加强基层治理的意见', 0));
  fs.writeFileSync(path.join(sources, 'b.txt'), article('关于推进乡村振兴的讲话', 100));
  await buildContentBundle({ sourcesDir: sources, outPath: bundlePath, manifestPath: path.join(tmp, 'none.json') });
}, 60_000);

describe('persisted duplicate fingerprints', () => {
  test('the bundle holds one fingerprint per document', () => {
    const db = new Database(bundlePath, { readonly: true });
    const idx = new DuplicateIndex();
    expect(readBundleFingerprints(db, idx)).toBe(true);
    expect(
      idx
        .entries()
        .map((e) => e.id)
        .sort(),
    ).toEqual((db.prepare('SELECT id FROM documents').pluck().all() as string[]).sort());
    db.close();
  });

  test('imports check against them, store their own, and one call adds one searchable segment', async () => {
    const dataDir = path.join(tmp, 'data');
    let core = createCore({ dataDir, bundlePath });
    const r = await core.handlers.importFiles({
      files: [
        { name: 'dup.txt', dataBase64: b64(article('关于加强基层治理的意见', 0)) },
        { name: 'new1.txt', dataBase64: b64(article('学习体会一', 200)) },
        { name: 'new2.txt', dataBase64: b64(article('学习体会二', 300)) },
      ],
    });
    expect(r.results.map((x) => x.status)).toEqual(['duplicate', 'imported', 'imported']);
    const db = core.ctx.userDb;
    expect(db.prepare('SELECT count(*) FROM user_fingerprints').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM search_segments').pluck().get()).toBe(1);
    const hits = await core.handlers.search({
      query: '学习体会',
      sort: 'relevance',
      offset: 0,
      limit: 10,
      pinyin: true,
    });
    expect(hits.total).toBe(2);
    core.close();

    // After a restart the duplicate check finds the imported documents from their stored fingerprints.
    core = createCore({ dataDir, bundlePath });
    const again = await core.handlers.importFiles({
      files: [{ name: 'x.txt', dataBase64: b64(article('学习体会一', 200)) }],
    });
    expect(again.results[0]!.status).toBe('duplicate');
    core.close();
  });
});

// A phrase under a selective tag (filtered-phrase.ts): aligned in the tagged documents first, the
// rest of the library only when some tagged document holds it. The clause must count every live
// document holding the phrase in its body or title (the idf), bundled or imported, never a deleted
// one, and keep exactly the tagged holders with their counts; a tag whose documents hold the
// phrase's pairs but not the phrase gives no result. Searches equal the unfiltered results
// restricted to the tag (same scores, hit counts, snippets and order).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { runSearch, type SearchSources } from '../../../electron/core/search/engine.js';
import { filteredPhrase } from '../../../electron/core/search/filtered-phrase.js';
import { filterMask } from '../../../electron/core/search/filters.js';
import { parseQuery } from '../../../electron/core/search/query-parser.js';
import { TermHits } from '../../../electron/core/search/term-hits.js';
import { searchLibrary } from '../../../electron/core/search/user-index.js';

let db: Database.Database;
let src: SearchSources;
const TAGGED = ['b1', 'b2', 'b5', 'b9', 'u1'];

beforeAll(() => {
  const filler = (i: number) => `第${i}篇，无关的话。`;
  const bodies: Record<string, string[]> = {
    b1: ['加强基层党建工作，基层党建要实。'], // tagged, twice in the body
    b2: ['基层的党建，党建基层。'], // tagged: every pair of 基层党建 but never the phrase
    b3: ['基层党建。'], // untagged holder
    b4: ['基层党建。'], // untagged holder, deleted below
    b5: ['正文无此语。'], // tagged, title holder below
    b7: ['基层党建，基层党建，基层党建。'], // untagged
  };
  const titles: Record<string, string> = { b5: '基层党建要闻', b8: '论基层党建' };
  const bundleDocs = Array.from({ length: 60 }, (_, i) =>
    makeDoc({ id: `b${i}`, title: titles[`b${i}`] ?? `第${i}号`, body: bodies[`b${i}`] ?? [filler(i)] }),
  );
  const userDocs = [
    makeDoc({ id: 'u1', title: '自写一', body: ['抓基层党建。'] }),
    makeDoc({ id: 'u2', title: '自写二', body: ['基层党建在我。'] }),
  ];
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, bundleDocs);
  db = userDbWith(path.join(dir, 'user'), userDocs, bundleFile);
  src = sourcesOf(db);
  db.prepare("INSERT INTO document_overrides (doc_id, deleted) VALUES ('b4', 1)").run();
  const tag = db.prepare("INSERT INTO tags (name) VALUES ('选读') RETURNING id").pluck().get() as number;
  for (const id of TAGGED) db.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run(id, tag);
});
afterAll(() => db.close());

const page = (query: string) =>
  runSearch(src, { query, sort: 'relevance', offset: 0, limit: 100, pinyin: false }).hits.map((h) => [
    h.docId,
    h.score,
    h.hitCount,
    JSON.stringify(h.snippets),
  ]);

function clause(term: string) {
  const lib = searchLibrary(src);
  const mask = filterMask(lib, parseQuery('x tag:选读').filters);
  const f = filteredPhrase(lib, new TermHits(), [term], mask, TAGGED.length);
  return { lib, f };
}

describe('a phrase under a selective tag', () => {
  it('counts every live holder of the library and keeps the tagged ones with their counts', () => {
    const { lib, f } = clause('基层党建');
    // b1, b3, b5 (title), b7, b8 (title), u1, u2; not b2 (pairs only) nor the deleted b4.
    expect(f!.count).toBe(7);
    expect(Array.from(f!.g, (g, i) => [lib.docId(g), f!.body[i], f!.title[i]])).toEqual([
      ['b1', 2, 0],
      ['b5', 0, 1],
      ['u1', 1, 0],
    ]);
  });

  it('keeps nothing when the tagged documents hold the pairs but not the phrase', () => {
    expect(clause('党建基层党').f!.g.length).toBe(0);
    expect(page('党建基层党 tag:选读')).toEqual([]);
  });

  it.each(['基层党建', '层党建', '基层的党建', '党建基层', '论基层党建', '自写一', '抓基层 党建'])(
    '%s: the tag gives the unfiltered results restricted to it',
    (q) => {
      const want = page(q).filter(([id]) => TAGGED.includes(id as string));
      expect(page(`${q} tag:选读`)).toEqual(want);
    },
  );

  it('leaves a filter passing more than a tenth of the library to the whole-library path', () => {
    const lib = searchLibrary(src);
    const mask = filterMask(lib, parseQuery('x tag:选读').filters);
    expect(filteredPhrase(lib, new TermHits(), ['基层党建'], mask, Math.ceil(lib.n / 10) + 1)).toBeNull();
  });
});

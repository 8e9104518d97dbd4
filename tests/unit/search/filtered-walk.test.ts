// The filtered walk's byte-level decoding (filtered-match.ts): postings whose document gaps and
// counts take two or three varint bytes, a count skipped for documents failing the filter, deleted
// documents among them and title-only documents after the last body entry. The filtered search must
// give the unfiltered results restricted to the tag (scores carry the idf over the whole library).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { runSearch, type SearchSources } from '../../../electron/core/search/engine.js';
import { filteredClause } from '../../../electron/core/search/filtered-match.js';
import { filterMask } from '../../../electron/core/search/filters.js';
import { parseQuery } from '../../../electron/core/search/query-parser.js';
import { TermHits } from '../../../electron/core/search/term-hits.js';
import { searchLibrary } from '../../../electron/core/search/user-index.js';

let db: Database.Database;
let src: SearchSources;
const TAGGED = ['d0', 'd150', 'd151', 'd400', 'title-last'];

beforeAll(() => {
  // 420 documents; 党建 in a few, far apart (gaps of 150 and 250 take two bytes), some 200 or
  // 20,000 times (counts of two and three bytes), tagged, untagged (d153) or deleted (d152).
  const body = (i: number): string => {
    if (i === 0 || i === 151) return '党建'.repeat(200) + '。';
    if (i === 150 || i === 152 || i === 153) return '党建'.repeat(20000);
    if (i === 400 || i === 401) return '基层党建工作。';
    return `第${i}篇，无关。`;
  };
  const docs = Array.from({ length: 420 }, (_, i) => makeDoc({ id: `d${i}`, title: `第${i}号`, body: [body(i)] }));
  docs.push(makeDoc({ id: 'title-last', title: '党建要闻', body: ['正文'] }));
  docs.push(makeDoc({ id: 'title-dead', title: '党建动态', body: ['正文'] }));
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, docs);
  db = userDbWith(path.join(dir, 'user'), [], bundleFile);
  src = sourcesOf(db);
  for (const id of ['d152', 'title-dead'])
    db.prepare('INSERT INTO document_overrides (doc_id, deleted) VALUES (?, 1)').run(id);
  const tag = db.prepare("INSERT INTO tags (name) VALUES ('选读') RETURNING id").pluck().get() as number;
  for (const id of TAGGED) db.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run(id, tag);
});
afterAll(() => db.close());

const page = (query: string) =>
  runSearch(src, { query, sort: 'relevance', offset: 0, limit: 50, pinyin: false }).hits.map((h) => [
    h.docId,
    h.score,
    h.hitCount,
  ]);

describe('the filtered walk over multi-byte postings', () => {
  it.each(['党建', '党', '建'])('%s: the tag gives the unfiltered results restricted to it', (q) => {
    const want = page(q).filter(([id]) => TAGGED.includes(id as string));
    expect(want.length).toBe(5); // d0, d150, d151, d400 and the title
    expect(page(`${q} tag:选读`)).toEqual(want);
  });

  it('counts the live documents of the whole library and keeps the tagged counts', () => {
    const lib = searchLibrary(src);
    const q = parseQuery('党建 tag:选读');
    const mask = filterMask(lib, q.filters);
    const f = filteredClause(lib, new TermHits(), ['党建'], mask, TAGGED.length)!;
    // d0, d150, d151, d153, d400, d401, title-last (d152 and title-dead are deleted).
    expect(f.count).toBe(7);
    const kept = Array.from(f.g, (g, i) => [lib.docId(g), f.body[i], f.title[i]]);
    expect(kept).toEqual([
      ['d0', 200, 0],
      ['d150', 20000, 0],
      ['d151', 200, 0],
      ['d400', 1, 0],
      ['title-last', 0, 1],
    ]);
  });
});

describe('the same walk with every document live (numbered from its segment base, no map)', () => {
  beforeAll(() => {
    db.prepare('DELETE FROM document_overrides').run();
  });

  it.each(['党建', '党', '建'])('%s: the tag gives the unfiltered results restricted to it', (q) => {
    const want = page(q).filter(([id]) => TAGGED.includes(id as string));
    expect(want.length).toBe(5);
    expect(page(`${q} tag:选读`)).toEqual(want);
  });

  it('counts every document holding the term, title-only ones too', () => {
    const lib = searchLibrary(src);
    expect(lib.alive.every((a) => a === 1)).toBe(true);
    const q = parseQuery('党建 tag:选读');
    const f = filteredClause(lib, new TermHits(), ['党建'], filterMask(lib, q.filters), TAGGED.length)!;
    // Now d152 and title-dead count as well.
    expect(f.count).toBe(9);
    expect(Array.from(f.g, (g, i) => [lib.docId(g), f.body[i], f.title[i]])).toEqual([
      ['d0', 200, 0],
      ['d150', 20000, 0],
      ['d151', 200, 0],
      ['d400', 1, 0],
      ['title-last', 0, 1],
    ]);
  });
});

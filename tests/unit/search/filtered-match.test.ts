// Filter-driven matching (filtered-match.ts): under a selective tag, a short term's postings are
// walked once (counting the whole library for the idf, keeping the tagged documents) and a phrase is
// first looked for in the tagged documents. A filtered search must give exactly the unfiltered
// search's results restricted to the tag: same documents, scores (idf over the whole library),
// hit counts, snippets and order. The library has title-only hits, a deleted bundled document and
// user documents, so a count of the tagged documents only, of the body only, or of dead documents
// would change the scores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, rng, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { runSearch, type SearchSources } from '../../../electron/core/search/engine.js';
import { filteredClause } from '../../../electron/core/search/filtered-match.js';
import { filterMask } from '../../../electron/core/search/filters.js';
import { parseQuery } from '../../../electron/core/search/query-parser.js';
import { TermHits } from '../../../electron/core/search/term-hits.js';
import { searchLibrary } from '../../../electron/core/search/user-index.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';

const WORDS = ['党建', '基层', '治理', '乡村', '振兴', '人才', '哈哈', '的', '國家', '国家', '发展'];
let db: Database.Database;
let src: SearchSources;
let all: ContentDocument[];
const tagged = new Set<string>();

beforeAll(() => {
  const next = rng(20261203);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const text = (n: number) => Array.from({ length: n }, pick).join('');
  const bundleDocs = Array.from({ length: 120 }, (_, i) =>
    makeDoc({ id: `b${i}`, title: i % 7 === 0 ? `关于${pick()}` : `第${i}号`, body: [text(5), text(9), text(3)] }),
  );
  // Only in the title: counted by the idf, never by a body walk.
  bundleDocs.push(makeDoc({ id: 'title-only', title: '党建与基层治理', body: ['无关的正文'] }));
  const userDocs = Array.from({ length: 12 }, (_, i) => makeDoc({ id: `u${i}`, title: `自写${i}`, body: [text(6)] }));
  all = [...bundleDocs, ...userDocs];
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, bundleDocs);
  db = userDbWith(path.join(dir, 'user'), userDocs, bundleFile);
  src = sourcesOf(db);
  // Deleted: it holds every word, and must count nowhere.
  db.prepare("INSERT INTO document_overrides (doc_id, deleted) VALUES ('b3', 1)").run();
  const tag = db.prepare("INSERT INTO tags (name) VALUES ('选读') RETURNING id").pluck().get() as number;
  for (const id of ['b1', 'b2', 'b3', 'b40', 'b77', 'title-only', 'u2', 'u9']) {
    db.prepare('INSERT INTO document_tags (doc_id, tag_id) VALUES (?, ?)').run(id, tag);
    tagged.add(id);
  }
});
afterAll(() => db.close());

const page = (query: string) =>
  runSearch(src, { query, sort: 'relevance', offset: 0, limit: 200, pinyin: false }).hits.map((h) => [
    h.docId,
    h.score,
    h.hitCount,
    JSON.stringify(h.snippets),
  ]);

describe('filter-driven matching', () => {
  it.each([
    '党',
    '的',
    '党建',
    '基层',
    '哈哈', // doubled: counted from the offsets, not by the walk
    '建基层', // a phrase: checked within the tag first
    '与基层治理', // a phrase in a tagged title only
    '国家治理',
    '國家',
    '党建 基层',
    '党建 OR 人才',
    '乡村 -振兴',
    '龘',
    '兴人才的',
  ])('%s: the tag gives the unfiltered results restricted to it', (q) => {
    const want = page(q).filter(([id]) => tagged.has(id as string) && id !== 'b3');
    expect(page(`${q} tag:选读`)).toEqual(want);
  });

  it('counts every live document holding a short term, in its body or title, for the idf', () => {
    const lib = searchLibrary(src);
    const q = parseQuery('党建 tag:选读');
    const mask = filterMask(lib, q.filters);
    const passing = mask.reduce((n, x) => n + x, 0);
    const f = filteredClause(lib, new TermHits(), ['党建'], mask, passing)!;
    const holding = all.filter(
      (d) =>
        d.id !== 'b3' && foldForSearch(d.title + '\n' + d.paragraphs.map((p) => p.text).join('\n')).includes('党建'),
    );
    expect(f.count).toBe(holding.length);
    expect(Array.from(f.g, (g) => lib.docId(g)).sort()).toEqual(
      holding
        .filter((d) => tagged.has(d.id))
        .map((d) => d.id)
        .sort(),
    );
    // Doubled characters and phrases are not answered by one postings row.
    expect(filteredClause(lib, new TermHits(), ['哈哈'], mask, passing)).toBeNull();
    expect(filteredClause(lib, new TermHits(), ['建基层'], mask, passing)).toBeNull();
  });
});

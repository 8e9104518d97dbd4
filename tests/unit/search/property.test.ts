// Property test: for hundreds of random substrings drawn from real corpus text (news and
// traditional-script poems, in the bundle and the user database), the engine's documents equal
// the benchmark's independent oracle (its own folding and query reading), and every hit count on
// the result page equals the oracle's count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { matchDocIds, runSearch, type SearchSources } from '../../../electron/core/search/engine.js';
import { addUserDocumentsToIndex } from '../../../electron/core/search/user-index.js';
import {
  oracleDocs,
  oracleHits,
  oracleMatch,
  oracleParse,
  oracleFold,
  type OracleDoc,
} from '../../../scripts/bench/lib/oracle.js';
import { rmrbDocs, rng, sourcesOf, tangDocs, tempDir, userDbWith, writeBundle } from './fixtures.js';

let userDb: Database.Database;
let src: SearchSources;
let all: ContentDocument[];
let oracle: OracleDoc[];

beforeAll(async () => {
  const news = await rmrbDocs(300);
  const poems = await tangDocs(200);
  const dir = tempDir();
  // Most documents in the bundle, some in the user database: one query spans both.
  const user = [...news.slice(250), ...poems.slice(150)];
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, [...news.slice(0, 250), ...poems.slice(0, 150)]);
  userDb = userDbWith(path.join(dir, 'user'), user, bundleFile);
  addUserDocumentsToIndex(userDb, user);
  src = sourcesOf(userDb);
  all = [...news, ...poems];
  oracle = oracleDocs(all, new Map());
}, 60_000);
afterAll(() => {
  userDb?.close();
});

/** Random whitespace-free substrings of 1–10 characters of a random document's text. */
function drawCases(count: number, seed: number): string[] {
  const next = rng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const d = all[Math.floor(next() * all.length)]!;
    const texts = [d.title, ...d.paragraphs.map((p) => p.text)];
    const text = texts[Math.floor(next() * texts.length)]!;
    const len = 1 + Math.floor(next() * 10);
    const at = Math.floor(next() * Math.max(1, text.length - len));
    const s = text.slice(at, at + len);
    // Whitespace means AND and `"` is syntax: the phrase form below covers everything else.
    if (!s || /[\s"]/.test(s) || /[\ud800-\udfff]/.test(s)) continue;
    out.push(s);
  }
  return out;
}

function check(query: string, diffs: string[]): number {
  const q = oracleParse(query);
  const want = oracleMatch(oracle, q);
  const got = matchDocIds(src, query, false).sort();
  const ids = want.map((d) => d.id).sort();
  if (JSON.stringify(got) !== JSON.stringify(ids)) diffs.push(`${query}: engine ${got.length} oracle ${ids.length}`);
  const byId = new Map(want.map((d) => [d.id, d]));
  for (const h of runSearch(src, { query, sort: 'relevance', offset: 0, limit: 10, pinyin: false }).hits) {
    const d = byId.get(h.docId);
    if (!d || oracleHits(d, q) !== h.hitCount) diffs.push(`${query}: hit count of ${h.docId} ${h.hitCount}`);
  }
  return want.length;
}

describe('engine equals the independent oracle', () => {
  it('on 600 random corpus substrings (original and folded forms): documents and hit counts', () => {
    const diffs: string[] = [];
    let nonEmpty = 0;
    for (const s of drawCases(600, 20261123)) {
      for (const q of [s, oracleFold(s)]) if (check(`"${q}"`, diffs)) nonEmpty++;
    }
    expect(diffs).toEqual([]);
    expect(nonEmpty).toBe(1200); // every drawn substring occurs somewhere
  });

  it('counts 1-char and 2-char queries exactly, including common characters and doubled ones', () => {
    const diffs: string[] = [];
    for (const q of ['的', '国', '。', '，', '1', 'a', '中国', '发展', '2019', '年1', '月份', '哈哈', '……', '人人'])
      check(`"${q}"`, diffs);
    expect(diffs).toEqual([]);
  });

  it('pages in either order are slices of one full ordering (the page is picked without a full sort)', () => {
    for (const query of ['的', '中国', '。 发展', '年'])
      for (const sort of ['relevance', 'date'] as const) {
        const all = runSearch(src, { query, sort, offset: 0, limit: 200 }).hits.map((h) => h.docId);
        for (const [offset, limit] of [
          [0, 1],
          [0, 20],
          [7, 13],
          [150, 50],
        ] as const) {
          const page = runSearch(src, { query, sort, offset, limit }).hits.map((h) => h.docId);
          expect(page, `${query} ${sort} ${offset}`).toEqual(all.slice(offset, offset + limit));
        }
      }
  });

  it('agrees on AND, OR, exclusion and phrases built from corpus text', () => {
    const cases = drawCases(120, 7).map((s) => s.slice(0, 3));
    const diffs: string[] = [];
    for (let i = 0; i + 1 < cases.length; i += 2) {
      const [a, b] = [cases[i]!, cases[i + 1]!];
      for (const q of [`${a} ${b}`, `${a} OR ${b}`, `${a} -${b}`, `"${a}${b}"`]) check(q, diffs);
    }
    expect(diffs).toEqual([]);
  });
});

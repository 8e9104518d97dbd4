// Property test: for hundreds of random substrings drawn from real corpus text, the engine's
// matching documents equal a naive folded substring scan over titles and paragraphs, exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { matchDocIds, type SearchSources } from '../../../electron/core/search/engine.js';
import { addUserDocumentsToIndex } from '../../../electron/core/search/user-index.js';
import { rmrbDocs, rng, sourcesOf, tangDocs, tempDir, userDbWith, writeBundle } from './fixtures.js';

let userDb: Database.Database;
let src: SearchSources;
let all: ContentDocument[];
let folded: { id: string; texts: string[] }[];

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
  folded = all.map((d) => ({ id: d.id, texts: [d.title, ...d.paragraphs.map((p) => p.text)].map(foldForSearch) }));
}, 60_000);
afterAll(() => {
  userDb?.close();
});

function naive(term: string): string[] {
  const t = foldForSearch(term);
  return folded
    .filter((d) => d.texts.some((x) => x.includes(t)))
    .map((d) => d.id)
    .sort();
}

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

describe('engine equals naive folded scan', () => {
  it('on 600 random corpus substrings (original and simplified forms), with zero differences', () => {
    const diffs: string[] = [];
    const cases = drawCases(600, 20261123);
    let nonEmpty = 0;
    for (const s of cases) {
      for (const q of [s, foldForSearch(s)]) {
        const expected = naive(q);
        if (expected.length) nonEmpty++;
        const got = matchDocIds(src, `"${q}"`).sort();
        if (JSON.stringify(got) !== JSON.stringify(expected))
          diffs.push(`${q}: engine ${got.length} naive ${expected.length}`);
      }
    }
    expect(diffs).toEqual([]);
    expect(nonEmpty).toBe(cases.length * 2); // every drawn substring occurs somewhere
  });

  it('counts 1-char and 2-char queries exactly, including common characters', () => {
    for (const q of ['的', '国', '。', '，', '1', 'a', '中国', '发展', '2019', '年1', '月份']) {
      expect(matchDocIds(src, `"${q}"`).sort(), q).toEqual(naive(q));
    }
  });
});

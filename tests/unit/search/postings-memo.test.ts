// What perftag49 made cheaper must answer exactly as before: a query's postings rows read once (a
// filtered phrase's long offsets only when asked for) and the one-term loop of snippet ranges in a cached
// paragraph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, rng, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { rangesInFolded } from '../../../electron/core/search/hit-ranges.js';
import { BODY, TITLE } from '../../../electron/core/search/index-schema.js';
import { PostingsMemo } from '../../../electron/core/search/postings-memo.js';
import { decodeDocs, readPostings } from '../../../electron/core/search/postings.js';
import { searchLibrary } from '../../../electron/core/search/user-index.js';

describe('PostingsMemo', () => {
  let db: Database.Database;
  beforeAll(() => {
    const dir = tempDir();
    const bundleFile = path.join(dir, 'content.sqlite');
    writeBundle(bundleFile, [
      makeDoc({ id: 'a', title: '基层治理', body: ['党建引领基层治理', '基层党建'] }),
      makeDoc({ id: 'b', title: '乡村振兴', body: ['乡村治理与党建'] }),
      // 20,000 occurrences of one pair: offsets longer than those read along with the row.
      makeDoc({ id: 'c', title: '长文', body: ['改革'.repeat(20000)] }),
    ]);
    db = userDbWith(path.join(dir, 'user'), [], bundleFile);
  });
  afterAll(() => db.close());

  const cp = (s: string, i: number) => s.codePointAt(i)!;

  it('reads a row once with its short offsets, as readPostings gives them', () => {
    const view = searchLibrary(sourcesOf(db)).segments[0]!;
    const memo = new PostingsMemo();
    const row = memo.get(view, BODY, cp('党', 0), cp('建', 0), false)!;
    const full = readPostings(view, BODY, cp('党', 0), cp('建', 0), true)!;
    expect(Buffer.compare(row.pos!, full.pos!)).toBe(0);
    expect(memo.get(view, BODY, cp('党', 0), cp('建', 0), true)).toBe(row);
  });

  it('reads long offsets only when asked for, then as readPostings gives them', () => {
    const view = searchLibrary(sourcesOf(db)).segments[0]!;
    const memo = new PostingsMemo();
    const bare = memo.get(view, BODY, cp('改', 0), cp('革', 0), false)!;
    expect(bare.pos).toBeNull();
    const full = readPostings(view, BODY, cp('改', 0), cp('革', 0), true)!;
    expect(full.pos!.length).toBeGreaterThan(16384);
    expect(bare.df).toBe(full.df);
    expect(Buffer.compare(bare.docs, full.docs)).toBe(0);
    // Asked again with offsets: the same row object, its offsets read now.
    expect(memo.get(view, BODY, cp('改', 0), cp('革', 0), true)).toBe(bare);
    expect(Buffer.compare(bare.pos!, full.pos!)).toBe(0);
    expect(memo.docs(bare)).toBe(memo.docs(bare));
    expect(memo.docs(bare)).toEqual(decodeDocs(full));
    // Fields are separate rows; a missing key is remembered as missing.
    expect(memo.get(view, TITLE, cp('党', 0), cp('建', 0), true)).toBeNull();
    expect(memo.get(view, TITLE, cp('党', 0), cp('建', 0), false)).toBeNull();
    expect(memo.get(view, TITLE, cp('治', 0), cp('理', 0), true)!.df).toBe(1);
  });
});

/** One term's hits in a folded text by the plain definition: indexOf, merging adjacent hits. */
function reference(folded: string, t: string) {
  const ranges: [number, number][] = [];
  let count = 0;
  if (!t) return { ranges, count };
  for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + t.length)) {
    count++;
    const last = ranges.at(-1);
    if (last && at <= last[1]) last[1] = Math.max(last[1], at + t.length);
    else ranges.push([at, at + t.length]);
  }
  return { ranges, count };
}

describe('rangesInFolded with one term', () => {
  it('merges adjacent hits and counts non-overlapping ones', () => {
    expect(rangesInFolded('哈哈哈哈哈', 0, 5, ['哈哈'])).toEqual({ ranges: [[0, 4]], count: 2 });
    expect(rangesInFolded('党建，党建党建', 0, 7, ['党建'])).toEqual({
      ranges: [
        [0, 2],
        [3, 7],
      ],
      count: 3,
    });
    expect(rangesInFolded('党建', 0, 2, [''])).toEqual({ ranges: [], count: 0 });
  });

  it('agrees with indexOf on random text', () => {
    const next = rng(49);
    const alphabet = ['党', '建', '哈', '，', 'a', '𠮷'];
    const pick = () => alphabet[Math.floor(next() * alphabet.length)]!;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: n % 30 }, pick).join('');
      const term = Array.from({ length: 1 + (n % 3) }, pick).join('');
      expect(rangesInFolded(text, 0, text.length, [term])).toEqual(reference(text, term));
      // A paragraph inside a cached document's joined text: offsets from its start, no hit running
      // into the text around it (drawn from the same characters), with one term or several.
      const before = Array.from({ length: n % 7 }, pick).join('');
      const joined = `${before}${text}\n${Array.from({ length: n % 5 }, pick).join('')}${term}`;
      const to = before.length + text.length;
      expect(rangesInFolded(joined, before.length, to, [term])).toEqual(reference(text, term));
      expect(rangesInFolded(joined, before.length, to, [term, '党'])).toEqual(
        rangesInFolded(text, 0, text.length, [term, '党']),
      );
    }
  });
});

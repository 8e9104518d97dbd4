// mayHoldWithin (the check before a filtered phrase is aligned): true whenever some accepted document
// holds the term, and only when some accepted document holds every character pair fixing it (no
// offsets read). A one-run term is answered by the first accepted document found, so both sides of
// that contract are checked against lookups, on random terms and random sets of accepted documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { makeDoc, rng, sourcesOf, tempDir, userDbWith, writeBundle } from './fixtures.js';
import { BODY, TITLE } from '../../../electron/core/search/index-schema.js';
import { mayHoldWithin, TermHits } from '../../../electron/core/search/term-hits.js';
import { searchLibrary } from '../../../electron/core/search/user-index.js';

const CHARS = [...'党建基层治理乡村振兴人才国家发展的'];
let db: Database.Database;
const next = rng(20261205);
const pick = () => CHARS[Math.floor(next() * CHARS.length)]!;
const text = (n: number) => Array.from({ length: n }, pick).join('');

beforeAll(() => {
  const docs = Array.from({ length: 60 }, (_, i) =>
    makeDoc({ id: `b${i}`, title: text(4), body: [text(12), text(7)] }),
  );
  const dir = tempDir();
  const bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, docs);
  db = userDbWith(path.join(dir, 'user'), [], bundleFile);
});
afterAll(() => db.close());

/** Pairs at 0, 2, 4, … and the last one (as term-hits.ts fixes a run by them). */
function coverPairs(term: string): string[] {
  const cps = [...term];
  const out: string[] = [];
  for (let i = 0; i + 1 < cps.length; i += 2) out.push(cps[i]! + cps[i + 1]!);
  if (cps.length % 2 === 1 && cps.length > 1) out.push(cps.at(-2)! + cps.at(-1)!);
  return cps.length === 1 ? [term] : out;
}

describe('mayHoldWithin', () => {
  it('is true when an accepted document holds the term, and only when one holds all its pairs', () => {
    const lib = searchLibrary(sourcesOf(db));
    const view = lib.segments[0]!;
    let held = 0;
    let pairsOnly = 0;
    for (let round = 0; round < 400; round++) {
      const term = text(1 + Math.floor(next() * 4));
      const accepted = new Set(Array.from({ length: view.toGlobal.length }, (_, i) => i).filter(() => next() < 0.1));
      const th = new TermHits();
      for (const field of [BODY, TITLE]) {
        const got = mayHoldWithin(view, field, term, (local) => accepted.has(local), th.postings);
        const holds = [...th.get(view, field, term).docs].some((d) => accepted.has(d));
        const pairDocs = coverPairs(term).map((p) => new Set(th.get(view, field, p).docs));
        const allPairs = [...accepted].some((d) => pairDocs.every((s) => s.has(d)));
        if (holds) expect(got, term).toBe(true);
        expect(got, term).toBe(allPairs);
        held += holds ? 1 : 0;
        pairsOnly += allPairs && !holds ? 1 : 0;
      }
    }
    // Both kinds of answer occurred (the test can fail either way).
    expect(held).toBeGreaterThan(20);
    expect(pairsOnly).toBeGreaterThan(0);
  });
});

// The cache of shown documents' paragraph text (text-cache.ts): read on demand, kept from a
// document's second filtered use, bounded in bytes with the least recently used dropped, and gone
// with the library index when a document changes (a snippet never shows text that was edited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Paragraph } from '../../../electron/contract/api.js';
import { makeDoc, rng, sourcesOf, tempDir, userDbWith } from './fixtures.js';
import { runSearch } from '../../../electron/core/search/engine.js';
import { DocText, TextCache } from '../../../electron/core/search/text-cache.js';
import { findRanges } from '../../../electron/core/search/hit-ranges.js';

/** A reader of `n` paragraphs of `size` characters, two at a time, counting its reads. */
function reader(n: number, size = 100, reads = { n: 0 }) {
  const ps: Paragraph[] = Array.from({ length: n }, (_, i) => ({ kind: 'p', text: String(i % 10).repeat(size) }));
  let at = 0;
  return () => () => {
    reads.n++;
    return at < ps.length ? ps.slice(at, (at += 2)) : null;
  };
}

describe('DocText', () => {
  it('reads only the batches holding the paragraphs asked for', () => {
    const reads = { n: 0 };
    const t = new DocText(reader(10, 10, reads)());
    expect(t.at(2)?.text).toBe('2'.repeat(10));
    expect(reads.n).toBe(2);
    expect(t.at(0)?.text).toBe('0'.repeat(10));
    expect(reads.n).toBe(2);
    expect(t.at(10)).toBeUndefined();
    expect(reads.n).toBe(6);
  });
});

describe('TextCache', () => {
  it('keeps a document from its second admitted use, and reads it once after that', () => {
    const cache = new TextCache(1 << 20);
    const reads = { n: 0 };
    const open = reader(4, 10, reads);
    let opened = 0;
    const use = (admit = true) =>
      cache.with(
        'a',
        () => (opened++, open()),
        (t) => t.at(0),
        admit,
      );
    use(false);
    use(false);
    expect(cache.size).toBe(0); // an unfiltered search brings nothing in
    use();
    expect(cache.size).toBe(0); // first use: only noted
    use();
    use();
    use(false); // read from the cache by any search
    expect(cache.size).toBe(1);
    expect(opened).toBe(4);
  });

  it('stays under its cap in bytes, dropping the least recently used first', () => {
    const cap = 64 * 1024;
    const cache = new TextCache(cap);
    const use = (key: string) => cache.with(key, reader(8, 500), (t) => t.at(7), true);
    for (let round = 0; round < 2; round++) for (let d = 0; d < 40; d++) use(`d${d}`);
    expect(cache.bytes).toBeLessThanOrEqual(cap);
    expect(cache.size).toBeGreaterThan(0);
    // The most recent documents are kept, the oldest gone: d0 is opened again.
    let opened = false;
    cache.with(
      'd39',
      () => ((opened = true), reader(8, 500)()),
      () => null,
    );
    expect(opened).toBe(false);
    cache.with(
      'd0',
      () => ((opened = true), reader(8, 500)()),
      () => null,
    );
    expect(opened).toBe(true);
  });
});

describe('snippets after an edit', () => {
  let db: Database.Database;
  beforeAll(() => {
    const dir = tempDir();
    db = userDbWith(path.join(dir, 'user'), [
      makeDoc({ id: 'mine', title: '学习笔记', body: ['开头', '旧的体会写在这里'] }),
      makeDoc({ id: 'other', title: '另一篇', body: ['体会'] }),
    ]);
    const tag = db.prepare("INSERT INTO tags (name) VALUES ('笔记') RETURNING id").pluck().get() as number;
    db.prepare("INSERT INTO document_tags (doc_id, tag_id) VALUES ('mine', ?)").run(tag);
  });
  afterAll(() => db.close());

  it('shows the edited text, not the cached one', () => {
    const src = sourcesOf(db, false);
    const snippet = () =>
      runSearch(src, { query: '体会 tag:笔记', sort: 'relevance', offset: 0, limit: 5 }).hits.map((h) =>
        h.snippets.map((s) => s.text),
      );
    for (let i = 0; i < 3; i++) expect(snippet()).toEqual([['旧的体会写在这里']]);
    db.prepare('UPDATE documents SET paragraphs = ? WHERE id = ?').run(
      JSON.stringify([
        { kind: 'p', text: '开头' },
        { kind: 'p', text: '新的体会已改写' },
      ]),
      'mine',
    );
    expect(snippet()).toEqual([['新的体会已改写']]);
  });
});

describe('TextCache eviction', () => {
  const opened: string[] = [];
  const use = (cache: TextCache, key: string) =>
    cache.with(
      key,
      () => (opened.push(key), reader(8, 500)()),
      (t) => t.at(7),
      true,
    );

  it('gives a document used since it came in a second chance: an unused one goes first', () => {
    const cache = new TextCache(64 * 1024); // two of these documents
    for (const key of ['a0', 'a0', 'a1', 'a1', 'a0', 'a2', 'a2']) use(cache, key);
    opened.length = 0;
    use(cache, 'a0');
    use(cache, 'a2');
    expect(opened).toEqual([]);
    use(cache, 'a1');
    expect(opened).toEqual(['a1']);
  });

  it('keeps the document in use even when it alone is over the cap (and stops)', () => {
    const cache = new TextCache(1024);
    use(cache, 'big');
    use(cache, 'big');
    expect(cache.size).toBe(1);
  });
});

describe('DocText.nextHit (a cached document is searched as one folded string)', () => {
  const words = ['发展', '改革', '人民', '经济', '建设', '群众', '创新', '治理', '乡村', '文化'];
  const paragraphs: Paragraph[] = Array.from({ length: 40 }, (_, i) => ({
    kind: 'p',
    text: Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * k * 3) % words.length]!.slice(0, 1 + ((i + k) % 2)))
      .join('，')
      .concat(i % 9 === 0 ? '中國特色' : ''),
  }));
  const open = () => {
    let at = 0;
    return () => (at < paragraphs.length ? paragraphs.slice(at, (at += 3)) : null);
  };

  it('gives the same snippets as reading paragraph by paragraph', async () => {
    const { snippetsOf } = await import('../../../electron/core/search/snippets.js');
    for (const terms of [['发展'], ['中国特色'], ['群众', '文化'], ['没有'], ['乡']]) {
      const fresh = new DocText(open());
      const cached = new DocText(open());
      cached.uses = 2;
      expect(snippetsOf(cached, terms, 1000)).toEqual(snippetsOf(fresh, terms, 1000));
    }
  });

  it('gives the same one-term snippets on long paragraphs (adjacent hits merged, a hit across the window end)', async () => {
    const { snippetsOf } = await import('../../../electron/core/search/snippets.js');
    const r = rng(52);
    const alphabet = '发展改革人民哈國国';
    const long: Paragraph[] = Array.from({ length: 30 }, () => ({
      kind: 'p',
      text: Array.from({ length: 20 + Math.floor(r() * 300) }, () => alphabet[Math.floor(r() * alphabet.length)]).join(
        '',
      ),
    }));
    // A merged hit across the window's end (which widens it).
    long.unshift({ kind: 'p', text: '甲'.repeat(50) + '哈哈' + '甲'.repeat(107) + '哈哈哈' + '乙'.repeat(40) });
    const openLong = () => {
      let at = 0;
      return () => (at < long.length ? long.slice(at, (at += 4)) : null);
    };
    for (const terms of [['哈哈'], ['哈'], ['国'], ['改革'], ['没有']])
      for (const hits of [1, 7, 1000]) {
        const cached = new DocText(openLong());
        cached.uses = 2;
        expect(snippetsOf(cached, terms, hits)).toEqual(snippetsOf(new DocText(openLong()), terms, hits));
      }
  });

  it('finds the first paragraph holding a hit, reading the document to its end', () => {
    const t = new DocText(open());
    t.uses = 2;
    const want = paragraphs.findIndex((p, i) => i >= 1 && p.text.includes('中國'));
    expect(want).toBe(9);
    expect(t.nextHit(1, ['中国'])).toBe(want);
    expect(t.nextHit(want, ['中国'])).toBe(want);
    expect(t.nextHit(want + 1, ['中国'])).toBe(18);
    expect(t.nextHit(37, ['中国'])).toBe(40); // none left: past the end
    expect(t.nextHit(1, ['没有', '中国'])).toBe(9);
  });

  it('never finds a term across two paragraphs', async () => {
    const { snippetsOf } = await import('../../../electron/core/search/snippets.js');
    const ps: Paragraph[] = ['前言甲乙', '丙丁结语', '其中乙丙'].map((text) => ({ kind: 'p', text }));
    const t = new DocText(() => (ps.length ? ps.splice(0) : null));
    t.uses = 2;
    expect(t.nextHit(0, ['乙丙'])).toBe(2); // 甲乙|丙丁 joined would hold it
    expect(t.nextHit(0, ['乙\n丙'])).toBe(3);
    expect(snippetsOf(t, ['乙丙'], 1).map((s) => [s.paragraph, s.text])).toEqual([[2, '其中乙丙']]);
  });

  it('gives the same snippets when hits run past the window or the index counts fewer', async () => {
    const { snippetsOf } = await import('../../../electron/core/search/snippets.js');
    const next = rng(4141);
    const pick = (s: string) => s[Math.floor(next() * s.length)]!;
    for (let doc = 0; doc < 80; doc++) {
      // Long paragraphs dense with one character, runs of it adjacent across the window's end.
      const ps: Paragraph[] = Array.from({ length: 1 + (doc % 5) }, () => ({
        kind: 'p',
        text: Array.from({ length: 100 + Math.floor(next() * 400) }, () => pick('的的的的的的中国人，')).join(''),
      }));
      const reader = () => {
        let at = 0;
        return () => (at < ps.length ? ps.slice(at, (at += 2)) : null);
      };
      const terms = [pick('的中'), '的的', '国人'][doc % 3]!;
      const all = ps.reduce((n, p) => n + findRanges(p.text, [terms]).count, 0);
      for (const hits of [all, 1, 2, Math.floor(all / 2)]) {
        const cached = new DocText(reader());
        cached.uses = 2;
        expect(snippetsOf(cached, [terms], hits)).toEqual(snippetsOf(new DocText(reader()), [terms], hits));
      }
    }
  });

  it('gives the snippets of a document read once, on random text', async () => {
    const { snippetsOf } = await import('../../../electron/core/search/snippets.js');
    const next = rng(5151);
    const chars = '中国发展改革人民乡村治理，。';
    const text = (n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
    for (let doc = 0; doc < 60; doc++) {
      const ps: Paragraph[] = Array.from({ length: 1 + (doc % 7) }, () => ({
        kind: 'p',
        text: text(1 + Math.floor(next() * 30)),
      }));
      const reader = () => {
        let at = 0;
        return () => (at < ps.length ? ps.slice(at, (at += 2)) : null);
      };
      const terms = [[text(1)], [text(2)], [text(1), text(2)], [text(3)]][doc % 4]!;
      const hits = ps.reduce((n, p) => n + findRanges(p.text, terms).count, 0);
      const cached = new DocText(reader());
      cached.uses = 2;
      expect(snippetsOf(cached, terms, hits)).toEqual(snippetsOf(new DocText(reader()), terms, hits));
    }
  });
});

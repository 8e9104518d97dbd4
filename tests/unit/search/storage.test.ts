// Storage pieces of the search index: the column blob round-trips, the sliced paragraph reader
// returns exactly what a full parse does, and the catalogue's sorted pinyin keys answer prefix and
// exact queries like a brute-force scan of the same entries.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Columns, encodeColumns } from '../../../electron/core/search/column-codec.js';
import { ChunkedStrings, JoinedStrings, StringColumn, type Strings } from '../../../electron/core/search/columns.js';
import { paragraphReader } from '../../../electron/core/search/paragraph-reader.js';
import {
  buildCatalogueBlobs,
  compareEntries,
  type CatalogueEntry,
} from '../../../electron/core/search/catalogue-build.js';
import { Catalogue } from '../../../electron/core/search/catalogue.js';
import { syllables } from '../../../electron/core/search/pinyin-keys.js';
import { rng } from './fixtures.js';

describe('column blob', () => {
  it('round-trips typed arrays, UTF-16 and UTF-8 string columns and JSON', () => {
    const words = ['党建', '', '𠀀字', 'a"b\\c', '乡村振兴'];
    const blob = encodeColumns({
      a: Int32Array.of(1, -2, 2 ** 30),
      b: Int16Array.of(-3, 7),
      c: Uint8Array.of(255, 0, 1),
      s: StringColumn.from(words),
      u: { utf8: StringColumn.from(words) },
      j: { json: { x: [1, '二'] } },
    });
    // An unaligned copy, as SQLite may hand it back.
    const c = new Columns(Buffer.concat([Buffer.alloc(1), blob]).subarray(1));
    expect([...c.typed('a', 'i32')]).toEqual([1, -2, 2 ** 30]);
    expect([...c.typed('b', 'i16')]).toEqual([-3, 7]);
    expect([...c.typed('c', 'u8')]).toEqual([255, 0, 1]);
    for (const k of ['s', 'u']) expect(words.map((_, i) => c.strings(k).get(i))).toEqual(words);
    expect(c.json('j')).toEqual({ x: [1, '二'] });
  });
});

describe('joined string columns', () => {
  it('read as one column across parts, joins of joins and empty parts, without joining the text', () => {
    const parts = [['党建', '乡村振兴'], [], ['𠀀字'], ['a', '', 'b'], ['政府工作报告']].map((p) =>
      StringColumn.from(p),
    );
    const joined = parts.reduce<Strings>((acc, p) => JoinedStrings.of(acc, p), parts[0]!);
    const all = ['党建', '乡村振兴', '党建', '乡村振兴', '𠀀字', 'a', '', 'b', '政府工作报告'];
    expect(joined.length).toBe(all.length);
    expect(all.map((_, i) => joined.get(i))).toEqual(all);
    // Joining with an empty column gives the other column's values, in the one joined class.
    for (const j of [JoinedStrings.of(parts[1]!, parts[2]!), JoinedStrings.of(parts[2]!, parts[1]!)]) {
      expect(j).toBeInstanceOf(JoinedStrings);
      expect([j.length, j.get(0)]).toEqual([1, '𠀀字']);
    }
  });
});

describe('paragraph reader', () => {
  it('returns the same paragraphs as one JSON.parse, batch after batch', () => {
    const next = rng(5);
    const db = new Database(':memory:');
    db.exec('CREATE TABLE documents (id TEXT PRIMARY KEY, paragraphs TEXT NOT NULL)');
    const chars = ['党', '建', 'a', '"', '\\', '\n', '𠀀', '，', ' ', '}', ',', '{'];
    for (let d = 0; d < 30; d++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 40) }, () => ({
        kind: 'p',
        text: Array.from({ length: Math.floor(next() * 400) }, () => chars[Math.floor(next() * chars.length)]).join(''),
      }));
      db.prepare('INSERT INTO documents VALUES (?, ?)').run(`d${d}`, JSON.stringify(paragraphs));
      const read = paragraphReader(db, 'documents', `d${d}`);
      const got = [];
      for (let b = read(); b; b = read()) got.push(...b);
      expect(got).toEqual(paragraphs);
    }
  });

  it('cuts plain paragraphs out as they are and leaves escapes, other kinds and fields to JSON.parse', () => {
    const next = rng(9);
    const db = new Database(':memory:');
    db.exec('CREATE TABLE documents (id TEXT PRIMARY KEY, paragraphs TEXT NOT NULL)');
    const odd = [
      { kind: 'p', text: '他说："}，{"kind":"p","text":"不是段落' },
      { kind: 'p', text: '反斜杠\\结尾\\' },
      { kind: 'p', text: '换行\n与制表\t、控制\u0001' },
      { kind: 'h', text: '第一部分' },
      { kind: 'p', text: '带编号', level: 2 },
      { kind: 'p', text: '' },
      { kind: 'p', text: '孤立代理\ud800' },
    ];
    for (let d = 0; d < 40; d++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 60) }, () =>
        next() < 0.1
          ? odd[Math.floor(next() * odd.length)]!
          : { kind: 'p', text: '坚持党的全面领导，推进𠀀字改革。'.repeat(1 + Math.floor(next() * 30)) },
      );
      db.prepare('INSERT INTO documents VALUES (?, ?)').run(`d${d}`, JSON.stringify(paragraphs));
      const read = paragraphReader(db, 'documents', `d${d}`);
      const got = [];
      for (let b = read(); b; b = read()) got.push(...b);
      expect(JSON.stringify(got)).toBe(JSON.stringify(paragraphs));
    }
  });

  it('finds a document by its rowid, and by its id when that row holds another document or none', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE documents (id TEXT PRIMARY KEY, paragraphs TEXT NOT NULL)');
    const a = [
      { kind: 'p', text: '甲文'.repeat(3000) },
      { kind: 'p', text: '甲尾' },
    ];
    const b = [{ kind: 'p', text: '乙文' }];
    db.prepare('INSERT INTO documents (rowid, id, paragraphs) VALUES (?, ?, ?)').run(5, 'a', JSON.stringify(a));
    db.prepare('INSERT INTO documents (rowid, id, paragraphs) VALUES (?, ?, ?)').run(9, 'b', JSON.stringify(b));
    const all = (read: () => unknown[] | null) => {
      const got = [];
      for (let batch = read(); batch; batch = read()) got.push(...batch);
      return got;
    };
    expect(all(paragraphReader(db, 'documents', 'a', 5))).toEqual(a);
    expect(all(paragraphReader(db, 'documents', 'a', 9))).toEqual(a);
    expect(all(paragraphReader(db, 'documents', 'b', 404))).toEqual(b);
    expect(paragraphReader(db, 'documents', 'missing', 5)()).toBeNull();
  });

  it('reads an empty document, and one paragraph longer than several slices', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE documents (id TEXT PRIMARY KEY, paragraphs TEXT NOT NULL)');
    const long = [
      { kind: 'p', text: '党建引领'.repeat(5000) },
      { kind: 'p', text: '尾' },
    ];
    db.prepare('INSERT INTO documents VALUES (?, ?)').run('empty', '[]');
    db.prepare('INSERT INTO documents VALUES (?, ?)').run('long', JSON.stringify(long));
    expect(paragraphReader(db, 'documents', 'empty')()).toBeNull();
    const read = paragraphReader(db, 'documents', 'long');
    const batches = [];
    for (let b = read(); b; b = read()) batches.push(b);
    expect(batches.flat()).toEqual(long);
    expect(paragraphReader(db, 'documents', 'missing')()).toBeNull();
  });
});

function randomEntries(n: number): CatalogueEntry[] {
  const next = rng(11);
  const pool = '党建引领乡村振兴全面从严治党基层组织改革开放共同富裕人民群众高质量发展重庆长江';
  const kinds = ['term', 'title', 'tag', 'speaker'] as const;
  return Array.from({ length: n }, (_, i) => ({
    kind: kinds[i % 4]!,
    text:
      Array.from({ length: 2 + Math.floor(next() * 8) }, () => pool[Math.floor(next() * pool.length)]).join('') +
      (i % 97 === 0 ? `${i}g` : ''),
    docId: i % 4 === 1 ? `doc-${i}` : null,
    count: 1 + Math.floor(next() * 9),
  }));
}

describe('strings stored in rows', () => {
  it('read only the rows of the values asked for, once each, also inside joined columns', () => {
    const values = Array.from({ length: 2500 }, (_, i) => `文档${i}`);
    const read: number[] = [];
    const rows = new ChunkedStrings(values.length, 1024, (c) => {
      read.push(c);
      return StringColumn.from(values.slice(c * 1024, (c + 1) * 1024));
    });
    const joined = JoinedStrings.of(rows, StringColumn.from(['用户文档']));
    expect([joined.get(0), joined.get(1500), joined.get(1501), joined.get(2499), joined.get(2500)]).toEqual([
      '文档0',
      '文档1500',
      '文档1501',
      '文档2499',
      '用户文档',
    ]);
    expect(joined.length).toBe(2501);
    expect(read).toEqual([0, 1, 2]);
  });
});

describe('catalogue pinyin keys', () => {
  // 3000 entries span several entry chunks and many key chunks.
  it.each([400, 3000])('answer prefixes and exact spellings like a brute-force scan (%i entries)', (n) => {
    const entries = randomEntries(n);
    const blobs = buildCatalogueBlobs(entries);
    const cat = new Catalogue((row) => blobs[row]!);
    const sorted = [...entries].sort(compareEntries);
    const keysOf = (text: string) => {
      const syl = syllables(text);
      return syl.slice(0, 5).flatMap((_, i) => [
        syl.slice(i).join(''),
        syl
          .slice(i)
          .map((s) => s[0])
          .join(''),
      ]);
    };
    for (const prefix of ['d', 'dang', 'xczx', 'zh', 'zhongq', 'gg', 'renm', 'q', 'fuyu', 'zzz', 'a', '7g', '29']) {
      const want = sorted.filter((e) => keysOf(e.text).some((k) => k.startsWith(prefix)) || e.text.includes(prefix));
      expect(
        cat.search(prefix, 8).map((m) => m.text),
        prefix,
      ).toEqual(want.slice(0, 8).map((e) => e.text));
      const exact = sorted.filter((e) => {
        const syl = syllables(e.text);
        return syl.join('') === prefix || syl.map((s) => s[0]).join('') === prefix;
      });
      expect(
        cat.pinyinExact(prefix).map((e) => e.text),
        prefix,
      ).toEqual(exact.map((e) => e.text));
    }
    expect(cat.search('党 振兴', 500).map((m) => m.text)).toEqual(
      sorted
        .filter((e) => e.text.includes('党') && e.text.includes('振兴'))
        .slice(0, 500)
        .map((e) => e.text),
    );
    expect(cat.entry(n - 1)).toEqual(sorted[n - 1]);
  });

  it('reads only the rows a suggestion needs', () => {
    const blobs = buildCatalogueBlobs(randomEntries(20000));
    const read: string[] = [];
    const cat = new Catalogue((row) => (read.push(row), blobs[row]!));
    expect(cat.search('dangjian', 10).length).toBeGreaterThan(0);
    expect(cat.search('d', 10)).toHaveLength(10);
    expect(cat.search('党建', 10)).toHaveLength(10);
    const size = (rows: string[]) => rows.reduce((n, r) => n + blobs[r]!.length, 0);
    expect(size(read)).toBeLessThan(size(Object.keys(blobs)) / 10);
    expect(new Set(read).size).toBe(read.length); // each row read once
  });
});

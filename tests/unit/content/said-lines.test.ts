// A library line a user's speech repeats word for word is quoted, not the speaker's own: the
// bundle keeps each sentence with who said it first (said_lines), and an import takes the speaker
// off such a 金句 (said-lines.ts).
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { lineKey, saidBeforeChecker, writeSaidLines } from '../../../electron/core/content/said-lines.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBundleCached } from '../support/bundle-cache.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';

const doc = (id: string, date: string | null, speaker: string, texts: string[]): ContentDocument => ({
  id,
  title: `文献${id}`,
  type: '讲话',
  date,
  source: null,
  speakers: [{ name: speaker, role: null }],
  occasion: null,
  place: null,
  script: 'simplified',
  paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
  quotes: texts.map((text, paragraph) => ({
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker,
    occasion: null,
    date,
    citation: `——${speaker}`,
  })),
  terms: [],
  hash: id,
  origin: 'test',
});

describe('the key of a sentence', () => {
  it('ignores punctuation and script, and skips sentences too short to stand alone', () => {
    expect(lineKey('物质贫困不是社会主义，精神贫乏也不是社会主义。')).toBe(
      lineKey('物質貧困不是社會主義、精神貧乏也不是社會主義'),
    );
    expect(lineKey('发展是硬道理。')).toBeNull();
  });
});

describe('said_lines', () => {
  const line = '物质贫困不是社会主义，精神贫乏也不是社会主义。';
  const check = (library: ContentDocument[], imported: ContentDocument) => {
    const db = new Database(':memory:');
    writeSaidLines(db, library);
    saidBeforeChecker(db, 'main')([imported]);
    db.close();
    return imported.quotes.map((q) => [q.speaker, q.citation]);
  };

  it('takes the speaker off a line a library document by someone else said before', () => {
    const library = [doc('a', '2022-10-16', '甲', [line]), doc('b', '2023', '乙', [line])];
    expect(check(library, doc('u', '2024-04-08', '刘志强', [line]))).toEqual([[null, '——《文献u》（2024年4月）']]);
  });

  it('leaves it where the importer’s speaker said it first, or said it before the library did', () => {
    expect(check([doc('a', '2022-10-16', '甲', [line])], doc('u', '2024', '甲', [line]))[0]![0]).toBe('甲');
    expect(check([doc('a', '2022-10-16', '甲', [line])], doc('u', '2021', '丙', [line]))[0]![0]).toBe('丙');
  });

  it('does nothing with a bundle built without the table', () => {
    const db = new Database(':memory:');
    const d = doc('u', '2024', '丙', [line]);
    saidBeforeChecker(db, 'main')([d]);
    expect(d.quotes[0]!.speaker).toBe('丙');
  });
});

describe('a user’s speech repeating a library line', () => {
  let t: TestCore | undefined;
  afterEach(() => t?.close());

  it('keeps its own 金句 credited and the repeated line uncredited', async () => {
    const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'said-lines-')), 'bundle.sqlite');
    writeBundleCached(
      bundle,
      [doc('report', '2022-10-16', '甲', ['物质贫困不是社会主义，精神贫乏也不是社会主义。'])],
      't',
    );
    t = makeCore({ bundle });
    const text = [
      '在全县高质量发展推进会上的讲话',
      '县委书记 刘志强（2024年4月8日）',
      '同志们：',
      '物质贫困不是社会主义，精神贫乏也不是社会主义。我们既要富口袋，也要富脑袋。',
      '项目是发展的生命线，产业是富民的压舱石。',
    ].join('\n');
    const r = await t.call('importFiles', {
      files: [{ name: 'speech.txt', dataBase64: Buffer.from(text).toString('base64') }],
    });
    const quotes = (await t.call('listQuotes', { docId: r.results[0]!.docIds[0]! })).items;
    // 既要富口袋，也要富脑袋 is a slogan in common use (content/lexicon/sayings.json): nobody's.
    expect(quotes.map((q) => [q.text.slice(0, 6), q.speaker])).toEqual([
      ['物质贫困不是', null],
      ['我们既要富口', null],
      ['项目是发展的', '刘志强'],
    ]);
  });
});

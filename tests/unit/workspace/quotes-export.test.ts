// 金句本 (extracted + saved, filters, star), reading state, tag suggestions and exports.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { openTestCore, P1, sampleDocs, type TestCore } from './fixtures.js';
import { makeDoc } from '../search/fixtures.js';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

describe('金句本', () => {
  test('saves a sentence with speaker and occasion prefilled and filters by speaker, tag and year', async () => {
    const s = await t.call('saveQuote', {
      docId: 'b:doc1',
      paragraph: 0,
      text: '全面推进乡村振兴，加快建设农业强国。',
      tags: ['乡村振兴'],
    });
    expect(s).toMatchObject({
      speaker: '张三',
      occasion: '乡村振兴工作会议',
      date: '2023-03-05',
      origin: 'user',
      starred: true,
      tags: ['乡村振兴'],
    });
    expect(s.citation).toContain('《在乡村振兴工作会议上的讲话》');
    const all = await t.call('listQuoteBook', {});
    expect(all.items.map((q) => q.origin)).toEqual(['user', 'extracted']);
    expect(all.facets.speaker['张三']).toBe(2);
    expect((await t.call('listQuoteBook', { tag: '乡村振兴' })).items.map((q) => q.text)).toEqual([s.text]);
    expect((await t.call('listQuoteBook', { year: 2021 })).total).toBe(0);
    expect((await t.call('listQuoteBook', { speaker: '张三', year: 2023 })).total).toBe(2);
  });

  test('prefills no speaker for a sentence of a meeting report, nor cites it under one: it is the reporter’s narration', async () => {
    t.close();
    const report = makeDoc({
      id: 'b:meeting',
      title: '全市基层党建工作推进会召开',
      type: '会议报道',
      date: '2024-04-08',
      speakers: [{ name: '李明', role: '市委书记' }],
      body: ['近日，全市基层党建工作推进会召开，市委书记李明出席会议并讲话。'],
    });
    t = openTestCore([...sampleDocs(), report]);
    const s = await t.call('saveQuote', { docId: 'b:meeting', text: '近日，全市基层党建工作推进会召开。' });
    expect(s.speaker).toBeNull();
    // Nor is the report cited under the people it names, as if they had written it.
    expect(s.citation).toBe('《全市基层党建工作推进会召开》，2024年4月8日。');
    // A speech's sentence is still its speaker's, and a speaker the user types is kept.
    const speech = await t.call('saveQuote', { docId: 'b:doc1', text: '全面推进乡村振兴。' });
    expect([speech.speaker, speech.citation.startsWith('张三：《')]).toEqual(['张三', true]);
    const typed = await t.call('saveQuote', {
      docId: 'b:meeting',
      text: '市委书记李明出席会议并讲话。',
      speaker: '李明',
    });
    expect(typed.speaker).toBe('李明');
  });

  test('stars an extracted 金句 and tags it by key', async () => {
    const [q] = (await t.call('listQuoteBook', { source: 'extracted' })).items;
    expect(q!.text).toBe(P1);
    await t.call('tagItems', { kind: 'quote', ids: [q!.key], add: ['人民'] });
    const saved = (await t.call('listQuoteBook', { source: 'saved' })).items;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ quoteId: q!.quoteId, starred: true, tags: ['人民'] });
    await t.call('updateSavedQuote', { id: saved[0]!.savedId!, starred: false });
    expect((await t.call('listQuoteBook', { starred: true })).total).toBe(0);
  });
});

describe('document state and suggestions', () => {
  test('remembers star and reading position', async () => {
    await t.call('setDocumentState', { docId: 'b:doc1', starred: true, readingPosition: 2 });
    expect(await t.call('getDocumentState', { docId: 'b:doc1' })).toEqual({
      docId: 'b:doc1',
      starred: true,
      readingPosition: 2,
      tags: [],
      studyOptIn: false,
    });
    expect((await t.call('listStarredDocuments', {})).items.map((d) => d.id)).toEqual(['b:doc1']);
    await t.call('setDocumentState', { docId: 'b:doc1', starred: false });
    expect((await t.call('listStarredDocuments', {})).items).toEqual([]);
  });

  test('suggests distinctive 提法 first and remembers dismissals', async () => {
    const first = (await t.call('suggestTags', { docId: 'b:doc1' })).items.map((s) => s.term);
    // 以人民为中心 occurs only in doc1; 乡村振兴 occurs in both documents, so it ranks lower.
    expect(first[0]).toBe('以人民为中心');
    await t.call('dismissTagSuggestion', { docId: 'b:doc1', term: '以人民为中心' });
    expect((await t.call('suggestTags', { docId: 'b:doc1' })).items.map((s) => s.term)).not.toContain('以人民为中心');
  });
});

describe('export', () => {
  test('Markdown grouped by document and colour with 出处', async () => {
    await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 1,
      start: 5,
      end: 11,
      color: 'yellow',
      note: '核心',
      tags: ['理论'],
    });
    await t.call('createAnnotation', { docId: 'b:doc1', paragraph: 0, start: 4, end: 8, color: 'red' });
    const file = await t.call('exportAnnotations', { format: 'md' });
    const md = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(file.name).toMatch(/\.md$/);
    expect(md).toContain('## 《在乡村振兴工作会议上的讲话》');
    expect(md.indexOf('### 重要论述')).toBeLessThan(md.indexOf('### 新提法'));
    expect(md).toContain('> 以人民为中心');
    expect(md).toContain('批注：核心');
    expect(md).toContain('出处：张三：《在乡村振兴工作会议上的讲话》，2023年3月5日。 第2段');
    const byTag = Buffer.from(
      (await t.call('exportAnnotations', { format: 'md', groupBy: 'tag' })).dataBase64,
      'base64',
    ).toString('utf8');
    expect(byTag).toContain('## 标签：理论');
    expect(byTag).toContain('## 标签：（无标签）');
  });

  test('DOCX contains the highlighted text and 出处', async () => {
    await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 1,
      start: 5,
      end: 11,
      color: 'yellow',
      note: '核心',
    });
    const file = await t.call('exportAnnotations', { format: 'docx' });
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('以人民为中心');
    expect(xml).toContain('出处：张三：《在乡村振兴工作会议上的讲话》');
  });
});

describe('simplified display', () => {
  test('getSimplifiedDocument converts a traditional document for display only', async () => {
    const trad = openTestCore([
      ...sampleDocs(),
      makeDoc({
        id: 'b:trad',
        title: '廣州共產黨報告',
        script: 'traditional',
        body: ['我們的黨員應當學習馬克思主義。'],
      }),
    ]);
    try {
      const d = await trad.call('getSimplifiedDocument', { id: 'b:trad' });
      expect(d.title).toBe('广州共产党报告');
      expect(d.paragraphs[0]!.text).toBe('我们的党员应当学习马克思主义。');
      expect((await trad.call('getDocument', { id: 'b:trad' })).paragraphs[0]!.text).toBe(
        '我們的黨員應當學習馬克思主義。',
      );
    } finally {
      trad.close();
    }
  });
});

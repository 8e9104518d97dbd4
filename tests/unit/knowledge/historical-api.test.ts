// Historical documents (历史文献) through the API: readable and searchable with their label, but no
// 金句, 提法, question or suggestion comes from one unless the user opts the document in; a user's
// status edit (either way) takes effect everywhere at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBundleFile } from '../../../electron/core/bundle/build-bundle.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { makeCore, type TestCore } from '../quiz/helpers.js';

const NOTE = '“文化大革命”时期文献，1981年《关于建国以来党的若干历史问题的决议》已予否定。';

function doc(id: string, year: number, text: string, historical: boolean): ContentDocument {
  const quote = text.split('。')[0]! + '。';
  const at = text.indexOf('两个毫不动摇');
  return {
    id,
    title: `${year}年政府工作报告`,
    type: '文件',
    date: String(year),
    source: '国务院',
    speakers: [{ name: historical ? '某甲' : '某乙', role: null }],
    occasion: null,
    place: null,
    script: 'simplified',
    paragraphs: [{ kind: 'p', text }],
    quotes: [
      {
        paragraph: 0,
        start: 0,
        end: quote.length,
        text: quote,
        speaker: historical ? '某甲' : '某乙',
        occasion: null,
        date: String(year),
        citation: `——《${year}年政府工作报告》`,
        reason: '对仗',
        score: 6,
      },
    ],
    terms: [{ term: '两个毫不动摇', occurrences: [{ paragraph: 0, start: at }] }],
    hash: id,
    origin: 'library/x.jsonl#' + id,
    ...(historical ? { status: '历史文献' as const, statusNote: NOTE } : { status: '现行' as const }),
  };
}

function bundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-hist-'));
  const file = path.join(dir, 'content.sqlite');
  writeBundleFile(
    file,
    [
      doc(
        'b:now',
        2024,
        '发展是第一要务，人才是第一资源。坚持“两个毫不动摇”，国内生产总值增长5.2%，粮食产量13908亿斤。',
        false,
      ),
      doc('b:old', 1969, '抓革命，促生产，促工作，促战备。坚持“两个毫不动摇”，粮食增长10%，钢产量增长12%。', true),
    ],
    'test',
  );
  return file;
}

describe('historical documents through the API', () => {
  let t: TestCore | undefined;
  afterEach(() => t?.close());

  it('are listed, read and searched with their status and note', async () => {
    t = makeCore({ bundle: bundle() });
    const list = await t.call('listDocuments', {});
    const old = list.items.find((d) => d.id === 'b:old')!;
    expect(old.status).toBe('历史文献');
    expect(old.statusNote).toBe(NOTE);
    expect(list.items.find((d) => d.id === 'b:now')!.status).toBe('现行');
    expect((await t.call('getDocument', { id: 'b:old' })).status).toBe('历史文献');
    const hits = (await t.call('search', { query: '粮食' })).hits;
    expect(hits.map((h) => [h.docId, h.status]).sort()).toEqual([
      ['b:now', '现行'],
      ['b:old', '历史文献'],
    ]);
  });

  it('give no 金句, 提法, questions or suggestions until opted in', async () => {
    t = makeCore({ bundle: bundle() });
    const quoteDocs = async () => (await t!.call('listQuotes', {})).items.map((q) => q.docId);
    expect(await quoteDocs()).toEqual(['b:now']);
    expect((await t.call('listQuotes', { docId: 'b:old' })).items).toEqual([]);
    expect((await t.call('listQuotes', { docId: 'b:now' })).items[0]!.reason).toBe('对仗');
    expect((await t.call('listTerms', {})).items.map((x) => x.docIds)).toEqual([['b:now']]);
    expect((await t.call('searchQuotes', { query: '革命' })).items).toEqual([]);
    const book = (await t.call('listQuoteBook', {})).items;
    expect(book.map((q) => q.docId)).toEqual(['b:now']);
    expect(book[0]!.reason).toBe('对仗');
    await t.call('quizGenerate', { count: 50 });
    const bank = (await t.call('quizList', { limit: 100 })).items;
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.every((q) => q.docId !== 'b:old')).toBe(true);
    const suggested = await t.call('suggestSessionMaterial', { topic: '粮食', limit: 10 });
    expect(suggested.documents.map((d) => d.docId)).toEqual(['b:now']);
    expect(suggested.quotes.every((q) => q.docId !== 'b:old')).toBe(true);
    expect(suggested.terms.every((x) => !x.docIds.includes('b:old'))).toBe(true);

    const state = await t.call('setDocumentState', { docId: 'b:old', studyOptIn: true });
    expect(state.studyOptIn).toBe(true);
    expect((await quoteDocs()).sort()).toEqual(['b:now', 'b:old']);
    expect((await t.call('listTerms', {})).items[0]!.docIds.sort()).toEqual(['b:now', 'b:old']);
    expect((await t.call('searchQuotes', { query: '革命' })).items.map((q) => q.docId)).toEqual(['b:old']);
    await t.call('quizGenerate', { count: 50 });
    expect((await t.call('quizList', { limit: 200 })).items.some((q) => q.docId === 'b:old')).toBe(true);

    await t.call('setDocumentState', { docId: 'b:old', studyOptIn: false });
    expect(await quoteDocs()).toEqual(['b:now']);
    expect((await t.call('quizList', { limit: 200 })).items.every((q) => q.docId !== 'b:old')).toBe(true);
    for (const set of [
      (await t.call('quizDaily', { newLimit: 20 })).items,
      (await t.call('quizExam', { count: 20 })).items,
      (await t.call('quizTopic', { limit: 20 })).items,
    ]) {
      expect(set.length).toBeGreaterThan(0);
      expect(set.every((q) => q.docId !== 'b:old')).toBe(true);
    }
  });

  it('follow the user’s status edit of a bundled document', async () => {
    t = makeCore({ bundle: bundle() });
    const edited = await t.call('updateDocument', { id: 'b:now', status: '历史文献' });
    expect(edited.status).toBe('历史文献');
    expect((await t.call('listQuotes', {})).items).toEqual([]);
    await t.call('updateDocument', { id: 'b:old', status: '现行' });
    expect((await t.call('listQuotes', {})).items.map((q) => q.docId)).toEqual(['b:old']);
    expect((await t.call('getDocument', { id: 'b:old' })).statusNote).toBeNull();
  });

  it('keep a 金句 the user saved, labelled, after the document is opted out', async () => {
    t = makeCore({ bundle: bundle() });
    await t.call('setDocumentState', { docId: 'b:old', studyOptIn: true });
    const q = (await t.call('listQuotes', { docId: 'b:old' })).items[0]!;
    await t.call('saveQuote', { quoteId: q.id });
    await t.call('setDocumentState', { docId: 'b:old', studyOptIn: false });
    const saved = (await t.call('listQuoteBook', { source: 'saved' })).items;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.historical).toBe(true);
    expect(saved[0]!.orphaned).toBe(false);
  });
});

describe('a user’s import is historical by its date', () => {
  let t: TestCore | undefined;
  afterEach(() => t?.close());

  const BODIES: Record<string, string> = {
    'old.txt': '抓革命，促生产，促工作，促战备，是全县的中心任务。团结就是力量，各条战线都要行动起来。',
    'new.txt': '乡村振兴是全县的中心任务。实干才能兴邦，空谈只会误事，各级干部都要扑下身子抓落实。',
    'none.txt': '营商环境只有更好，没有最好。全县要把优化服务作为头等大事，让企业办事少跑腿、好办事。',
  };
  const file = (name: string, dateLine: string) => ({
    name,
    dataBase64: Buffer.from(`在全县干部大会上的讲话\n${dateLine}\n同志们：\n${BODIES[name]}\n`, 'utf8').toString(
      'base64',
    ),
  });

  it('labels a 1969 speech 历史文献 with the reason, keeps its 金句 out, and leaves dated-now and undated imports current', async () => {
    t = makeCore({});
    const r = await t.call('importFiles', {
      files: [file('old.txt', '（1969年3月5日）'), file('new.txt', '（2019年3月5日）'), file('none.txt', '')],
    });
    const ids = r.results.map((x) => x.docIds[0]!);
    expect(r.results[0]!.message).toMatch(/1 篇写于十一届三中全会.*以前，标为历史文献/);
    expect(r.results[1]!.message).not.toMatch(/历史文献/);
    const docs = await Promise.all(ids.map((id) => t!.call('getDocument', { id })));
    expect(docs.map((d) => d.status)).toEqual(['历史文献', '现行', '现行']);
    expect(docs[0]!.statusNote).toMatch(/^“文化大革命”时期/);
    expect(docs[1]!.statusNote).toBeNull();
    expect((await t.call('listQuotes', { docId: ids[0]! })).items).toEqual([]);
  });

  it('labels an undated speech by someone who died before the Third Plenum 历史文献, saying why', async () => {
    t = makeCore({});
    const speech = (speaker: string, body: string) => ({
      name: `${speaker}.txt`,
      dataBase64: Buffer.from(`在全国农业工作会议上的讲话\n${speaker}\n同志们：\n${body}\n`).toString('base64'),
    });
    const r = await t.call('importFiles', {
      files: [speech('周恩来', BODIES['none.txt']!), speech('王建国', BODIES['new.txt']!)],
    });
    expect(r.results[0]!.message).toMatch(/1 篇写于十一届三中全会.*以前，标为历史文献/);
    const docs = await Promise.all(r.results.map((x) => t!.call('getDocument', { id: x.docIds[0]! })));
    expect(docs.map((d) => [d.speakers, d.status])).toEqual([
      [['周恩来'], '历史文献'],
      [['王建国'], '现行'],
    ]);
    expect(docs[0]!.statusNote).toBe(
      '周恩来于1976年逝世，本文献写于十一届三中全会以前，供党史学习，不作为现行学习材料。',
    );
    expect((await t.call('listQuotes', { docId: docs[0]!.id })).items).toEqual([]);
  });
});

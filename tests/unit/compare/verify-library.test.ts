// 引文核对 on the bundled library: exact sources for traditional / unpunctuated quotations, changed
// characters and missing words marked, 未找到 with the closest passages, whole paragraphs checked
// sentence by sentence, and a smaller version of the benchmark's accuracy test (edited library
// sentences found top-1, People's Daily sentences that are not in the library reported 未找到).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Paragraph, Verification } from '../../../electron/contract/api.js';
import {
  falseMatch,
  LibraryOracle,
  negativeCases,
  positiveCases,
  topOneRight,
  type CaseDoc,
} from '../../../scripts/bench/verify-cases.js';
import { rmrbDocs } from '../search/fixtures.js';
import { cliJson } from '../support/run-cli.js';
import { libraryCore, type LibraryCore } from './library.js';

let lib: LibraryCore;
let y2025: string;
beforeAll(async () => {
  lib = await libraryCore();
  y2025 = await lib.report(2025);
}, 180_000);
afterAll(() => lib?.close());

const verify = (text: string) => lib.call('verifyQuotation', { text });

describe('one quotation', () => {
  test('traditional script without punctuation: 已核对 with document, paragraph and 出处', async () => {
    const v = await verify('實施更加積極的財政政策統籌安排收入債券等各類財政資金');
    const s = v.sentences[0]!;
    expect(s.verdict).toBe('已核对');
    expect(s.match).toMatchObject({ docId: y2025, year: 2025, similarity: 1 });
    const doc = await lib.call('getDocument', { id: y2025 });
    expect(doc.paragraphs[s.match!.paragraph]!.text).toMatch(
      /^实施更加积极的财政政策。统筹安排收入、债券等各类财政资金/,
    );
    // The matched passage is highlighted in the excerpt, punctuation as the source writes it.
    expect(s.match!.excerpt.slice(...s.match!.span)).toBe('实施更加积极的财政政策。统筹安排收入、债券等各类财政资金');
    expect(s.match!.citation).toBe(`${doc.citation.replace(/。$/, '')}，第${s.match!.paragraph + 1}段。`);
  });

  test('a changed character and a missing word are marked against the source', async () => {
    const v = await verify('今年赤字率拟按5%左右安排，比上年提高1个百分点。');
    const s = v.sentences[0]!;
    expect(s.verdict).toBe('有出入');
    expect(s.match!.docId).toBe(y2025);
    expect(s.match!.parts).toEqual([
      { op: 'same', text: '今年赤字率拟按' },
      { op: 'extra', text: '5' },
      { op: 'missing', text: '4' },
      { op: 'same', text: '%左右安排、比上年提高1个百分点' },
    ]);
    const w = await verify('实施更加积极的财政政策，确保财政政策持续用力、更加给力。');
    expect(w.sentences[0]!.verdict).toBe('有出入');
    expect(w.sentences[0]!.match!.parts.filter((p) => p.op === 'missing').map((p) => p.text)).toEqual([
      '统筹安排收入、债券等各类财政资金',
    ]);
  });

  test('an invented sentence: 未找到 with the closest passages and their similarity', async () => {
    const v = await verify('要把学习型政党建设作为新时代党员干部队伍建设的首要任务来抓。');
    const s = v.sentences[0]!;
    expect(s.verdict).toBe('未找到');
    expect(s.match).toBeNull();
    for (const c of s.closest) expect(c.similarity).toBeLessThan(0.8);
  });

  test('too little or too much text is refused with a message that says what to do', async () => {
    await expect(verify('发展')).rejects.toThrow('请粘贴或输入要核对的引文');
    const long = Array.from({ length: 201 }, (_, i) => `这是第${i + 1}句话。`).join('');
    await expect(verify(long)).rejects.toThrow('一次最多核对 200 句（这段有 201 句），请分段粘贴。');
  });
});

test('a whole paragraph: every sentence checked and marked', async () => {
  const v: Verification = await verify(
    '实施更加积极的财政政策。今年赤字率拟按5%左右安排、比上年提高1个百分点。我们要让每一位居民都住上月球上的房子。',
  );
  expect(v.sentences.map((s) => s.verdict)).toEqual(['已核对', '有出入', '未找到']);
  expect(v.counts).toEqual({ 已核对: 1, 有出入: 1, 未找到: 1 });
  expect(v.sentences[1]!.text).toBe('今年赤字率拟按5%左右安排、比上年提高1个百分点。');
  const viaCli = await cliJson<Verification>(['verify', v.sentences[1]!.text, '--bundle', lib.bundlePath], {
    STUDY_SHELF_DATA: lib.dir + '/cli',
  });
  expect(viaCli.sentences[0]!.match!.parts).toEqual(v.sentences[1]!.match!.parts);
});

test('accuracy on the bundled library: edited sentences found top-1, outside sentences 未找到', async () => {
  const docs: CaseDoc[] = [];
  for (const d of (await lib.call('listDocuments', { limit: 500 })).items) {
    const full = await lib.call('getDocument', { id: d.id });
    docs.push({ id: d.id, paragraphs: full.paragraphs });
  }
  const oracle = new LibraryOracle(docs);
  const outside = (await rmrbDocs(400)).map((d) => ({ id: d.id, paragraphs: d.paragraphs as Paragraph[] }));
  const pos = positiveCases(docs, oracle, 50, 16);
  const neg = negativeCases(outside, oracle, 50, 61).sentences;
  let right = 0;
  const misses: string[] = [];
  for (const c of pos) {
    if (topOneRight(c, await verify(c.text))) right++;
    else misses.push(`${c.edits.join('+')}: ${c.text}`);
  }
  let falses = 0;
  for (const s of neg) if (falseMatch(await verify(s))) falses++;
  expect(right / pos.length, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  expect(falses / neg.length).toBeLessThanOrEqual(0.02);
}, 120_000);

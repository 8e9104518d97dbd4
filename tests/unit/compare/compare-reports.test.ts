// 对比阅读 on the bundled government work reports: the default pair, 新提法 and dropped 提法 with
// their first use (each checked by hand against the sentence written here), the numbers panel,
// the alignment itself, the DOCX export and the CLI.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Comparison, FormulationChange } from '../../../electron/contract/api.js';
import { formulationChanges, type FormulationSource } from '../../../electron/core/compare/formulations.js';
import { loadDocText } from '../../../electron/core/verify/doc-text.js';
import { docxText } from '../sessions/helpers.js';
import { cliJson } from '../support/run-cli.js';
import { libraryCore, type LibraryCore } from './library.js';

let lib: LibraryCore;
let y2023: string;
let y2024: string;
let y2025: string;
let c2425: Comparison;
beforeAll(async () => {
  lib = await libraryCore();
  [y2023, y2024, y2025] = await Promise.all([lib.report(2023), lib.report(2024), lib.report(2025)]);
  c2425 = await lib.call('compareDocuments', { olderId: y2024, newerId: y2025 });
}, 180_000);
afterAll(() => lib?.close());

/** The paragraph of a formulation change holds the sentence it was verified in by hand. */
async function expectFrom(f: FormulationChange | undefined, docId: string, sentence: string) {
  expect(f, sentence).toBeDefined();
  const doc = await lib.call('getDocument', { id: docId });
  expect(doc.paragraphs[f!.paragraph]!.text).toContain(sentence);
}

const fixed = (terms: string[]): FormulationSource => ({ name: 'test', termsOf: () => terms });

describe('新提法', () => {
  test('without ids the default pair is this year’s report and last year’s', async () => {
    const c = await lib.call('compareDocuments', {});
    expect([c.older.id, c.newer.id]).toEqual([y2024, y2025]);
  });

  test('2024 vs 2023: “人工智能+” is new and first used in the 2024 report', async () => {
    const c = await lib.call('compareDocuments', { olderId: y2023, newerId: y2024 });
    const ai = c.formulations.added.find((f) => f.term === '人工智能+');
    await expectFrom(
      ai,
      y2024,
      '深化大数据、人工智能等研发应用，开展“人工智能+”行动，打造具有国际竞争力的数字产业集群。',
    );
    expect(ai!.firstSeen).toMatchObject({ docId: y2024, year: 2024 });
    // Single characters from quoted spans (“稳”, “进”) are never 提法.
    expect(c.formulations.added.every((f) => [...f.term].length >= 2)).toBe(true);
  });

  test('new and dropped formulations are decided on the text, quoted or not (2025 vs 2024)', () => {
    const ctx = lib.core.ctx;
    const older = loadDocText(ctx, y2024)!;
    const newer = loadDocText(ctx, y2025)!;
    const terms = ['投资于人', '两重', '新质生产力', '高质量发展', '新三样', '平急两用', '乡村振兴'];
    const r = formulationChanges(ctx, older, newer, fixed(terms));
    expect(r.added.map((f) => f.term).sort()).toEqual(['两重', '投资于人']);
    expect(r.removed.map((f) => f.term).sort()).toEqual(['平急两用', '新三样']);
    const inv = r.added.find((f) => f.term === '投资于人')!;
    expect(inv.firstSeen).toMatchObject({ docId: y2025, year: 2025 });
    expect(newer.paragraphs[inv.paragraph]!.text).toContain(
      '推动更多资金资源“投资于人”、服务于民生，支持扩大就业、促进居民增收减负、加强消费激励，形成经济发展和民生改善的良性循环。',
    );
    const gone = r.removed.find((f) => f.term === '新三样')!;
    expect(older.paragraphs[gone.paragraph]!.text).toContain('电动汽车、锂电池、光伏产品“新三样”出口增长近30%。');
  });

  test('新质生产力 (unquoted) is new in 2024 against 2023, first used in 2024', () => {
    const ctx = lib.core.ctx;
    const r = formulationChanges(ctx, loadDocText(ctx, y2023)!, loadDocText(ctx, y2024)!, fixed(['新质生产力']));
    expect(r.added).toHaveLength(1);
    expect(r.added[0]).toMatchObject({ term: '新质生产力', firstSeen: { docId: y2024, year: 2024 } });
    expect(loadDocText(ctx, y2024)!.paragraphs[r.added[0]!.paragraph]!.text).toContain(
      '大力推进现代化产业体系建设，加快发展新质生产力。',
    );
  });
});

describe('numbers panel', () => {
  const row = (c: Comparison, label: string) => c.numbers.find((n) => n.kind === 'target' && n.label === label);
  test('2025 vs 2024 targets', () => {
    expect(row(c2425, '国内生产总值增长目标')).toMatchObject({ older: '5%左右', newer: '5%左右', changed: false });
    expect(row(c2425, '赤字率')).toMatchObject({ older: '3%', newer: '4%左右', changed: true });
    expect(row(c2425, '赤字率')!.newerSentence).toContain('今年赤字率拟按4%左右安排、比上年提高1个百分点');
    expect(row(c2425, '居民消费价格涨幅')).toMatchObject({ older: '3%左右', newer: '2%左右', changed: true });
    expect(row(c2425, '超长期特别国债')).toMatchObject({ older: '1万亿元', newer: '1.3万亿元' });
    expect(row(c2425, '地方政府专项债券')).toMatchObject({ older: '3.9万亿元', newer: '4.4万亿元' });
    expect(row(c2425, '粮食产量')).toMatchObject({ older: '1.3万亿斤以上', newer: '1.4万亿斤左右' });
  });
  test('2019 vs 2018: the growth target became a range', async () => {
    const c = await lib.call('compareDocuments', { olderId: await lib.report(2018), newerId: await lib.report(2019) });
    expect(row(c, '国内生产总值增长目标')).toMatchObject({ older: '6.5%左右', newer: '6%－6.5%', changed: true });
    expect(row(c, '赤字率')).toMatchObject({ older: '2.6%', newer: '2.8%' });
  });
});

describe('alignment', () => {
  test('every paragraph and sentence of both reports appears exactly once; the newer side in reading order', async () => {
    for (const [key, id] of [
      ['older', y2024],
      ['newer', y2025],
    ] as const) {
      const doc = await lib.call('getDocument', { id });
      const paras = c2425.rows.flatMap((r) => (r[key] ? [r[key]!.index] : []));
      expect([...paras].sort((a, b) => a - b)).toEqual(doc.paragraphs.map((_, i) => i));
      const ids = c2425.rows.flatMap((r) => r[key]?.sentences.map((s) => s.id) ?? []);
      expect(new Set(ids).size).toBe(ids.length);
      if (key === 'newer') expect(paras).toEqual(doc.paragraphs.map((_, i) => i));
    }
  });
  test('a changed sentence carries its word difference and points at its counterpart', () => {
    const changed = c2425.rows.flatMap((r) => r.newer?.sentences ?? []).filter((s) => s.status === 'changed');
    expect(changed.length).toBeGreaterThan(20);
    const target = changed.find((s) => s.text.startsWith('居民消费价格涨幅2%左右'))!;
    expect(target.parts).toEqual([
      { op: 'same', text: '居民消费价格涨幅' },
      { op: 'add', text: '2%' },
      { op: 'same', text: '左右；' },
    ]);
    const olderSide = c2425.rows.flatMap((r) => r.older?.sentences ?? []).find((s) => s.id === target.counterpart)!;
    expect(olderSide.text).toBe('居民消费价格涨幅3%左右；');
    expect(olderSide.parts).toEqual([
      { op: 'same', text: '居民消费价格涨幅' },
      { op: 'del', text: '3%' },
      { op: 'same', text: '左右；' },
    ]);
  });
});

test('DOCX export holds the panels and the marked sentences; CLI answers with the same data', async () => {
  const file = await lib.call('exportComparison', { olderId: y2024, newerId: y2025 });
  expect(file.name).toMatch(/\.docx$/);
  const text = await docxText(file.dataBase64);
  for (const s of ['新提法', '不再出现的提法', '数字变化', '赤字率', '4%左右', '【修改】', '【新增】', '【删除】'])
    expect(text).toContain(s);
  const env = { STUDY_SHELF_DATA: lib.dir + '/cli' };
  const viaCli = await cliJson<Comparison>(['compare', y2024, y2025, '--bundle', lib.bundlePath], env);
  expect(viaCli.stats).toEqual(c2425.stats);
  expect(viaCli.formulations.added.map((f) => f.term)).toEqual(c2425.formulations.added.map((f) => f.term));
});

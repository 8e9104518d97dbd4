// Round t28: 提法 recognised from how the reports write them, not from a list — a quoted term the
// documents carry out (quoted-terms.ts) and a numbered formulation a report spells out as a series of
// as many items (counted-formulations.ts). Both are listed and timed, never asked.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { libraryTerms } from '../../../electron/core/bundle/library-pass.js';
import { countedFormulations, spelledOutCounts } from '../../../electron/core/knowledge/counted-formulations.js';
import { quotedTerms, termShaped } from '../../../electron/core/knowledge/quoted-terms.js';
import { askable, listedOnlyTerms } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const docs = (...texts: string[][]) => texts.map((t) => t.map(foldForSearch));
const counts = (s: string) => [...spelledOutCounts(foldForSearch(s))];

describe('quoted terms', () => {
  it('takes a span two documents quote and carry out, whatever its shape', () => {
    const found = quotedTerms(
      docs(
        ['坚持“全国一盘棋”，统筹安排。'],
        ['各地要树立“全国一盘棋”思想，落实“收支两条线”规定。'],
        ['坚持“全国一盘棋”。'],
      ),
    );
    expect(found).toEqual(new Set(['全国一盘棋']));
  });

  it('takes one document carrying it out when three quote it', () => {
    const three = docs(['严格执行“约法三章”。'], ['“约法三章”必须做到。'], ['兑现“约法三章”。']);
    expect(quotedTerms(three)).toEqual(new Set(['约法三章']));
    expect(quotedTerms(three.slice(0, 2))).toEqual(new Set());
  });

  it('takes no saying, speech, name, metaphor or project quoted without a frame or as a name', () => {
    // Quoted, but not carried out: a saying the text warns against.
    expect(quotedTerms(docs(['决不能“新官不理旧账”。'], ['绝不允许“新官不理旧账”。']))).toEqual(new Set());
    // A sentence quoted with its commas is speech.
    expect(termShaped('时时放心不下，事事心中有底')).toBe(false);
    expect(termShaped('菜篮子')).toBe(false);
    expect(termShaped('星火计划')).toBe(false);
    expect(termShaped('稳')).toBe(false);
    expect(termShaped('三保')).toBe(true);
    // A nickname in one document disqualifies it.
    expect(
      quotedTerms(docs(['坚持“一村一品”。'], ['实施“一村一品”。'], ['当地人称“一村一品”。'], ['推行“一村一品”。'])),
    ).toEqual(new Set());
  });
});

describe('numbered formulations spelled out', () => {
  it('reads a count whose series before it has as many items', () => {
    expect(counts('推进现代化建设、完成祖国统一、维护世界和平与促进共同发展三大历史任务，')).toEqual(['三大历史任务']);
    expect(counts('创造了经济快速发展和社会长期稳定这两大奇迹，')).toEqual(['两大奇迹']);
    expect(counts('抓好物质文明和精神文明两个文明建设。')).toEqual(['两个文明建设']);
  });

  it('takes no count of things, no mismatched count, no plain head', () => {
    expect(counts('签订了贸易、投资三个协定。')).toEqual([]);
    expect(counts('推进现代化建设、完成祖国统一两大历史任务，')).toEqual([]);
    expect(counts('抓好农业和工业两项任务。')).toEqual([]);
    expect(counts('实行计划生育和保护环境两项基本国策，')).toEqual(['两项基本国策']);
  });

  it('needs two documents and no longer name it is the tail of', () => {
    const one = docs(['抓好物质文明和精神文明两个文明建设。']);
    expect(countedFormulations(one)).toEqual(new Set());
    const two = docs(['抓好物质文明和精神文明两个文明建设。'], ['加强两个文明建设。']);
    expect(countedFormulations(two)).toEqual(new Set(['两个文明建设']));
    const tail = docs(
      ['互相尊重、互不侵犯、互不干涉、平等互利、和平共处五项原则，'],
      ['和平共处五项原则。'],
      ['坚持和平共处五项原则。'],
    );
    expect(countedFormulations(tail)).toEqual(new Set());
  });
});

describe('in the library pass', () => {
  const doc = (id: string, date: string, ...texts: string[]) =>
    ({
      id,
      origin: `library/${id}`,
      date,
      paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
      terms: [],
    }) as unknown as ContentDocument;

  it('lists both kinds wherever a document says them, and never asks them', () => {
    const lib = [
      doc('a', '1990-03-05', '坚持“全国一盘棋”。抓好物质文明和精神文明两个文明建设。'),
      doc('b', '1991-03-05', '树立“全国一盘棋”思想，加强两个文明建设。'),
      doc('c', '1992-03-05', '全国一盘棋的格局。两个文明建设成效显著。'),
    ];
    const terms = libraryTerms(lib);
    expect(terms.find((t) => t.term === '全国一盘棋')).toMatchObject({ origin: 'quoted', firstYear: 1990 });
    expect(terms.find((t) => t.term === '两个文明建设')).toMatchObject({ origin: 'counted', category: '数字提法' });
    expect(lib[2]!.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['两个文明建设', '全国一盘棋']));
    expect(askable('全国一盘棋')).toBe(false);
    const db = new Database(':memory:');
    db.exec("ATTACH ':memory:' AS bundle");
    db.exec('CREATE TABLE bundle.term_info (term TEXT, origin TEXT)');
    const ins = db.prepare('INSERT INTO bundle.term_info VALUES (?, ?)');
    for (const t of terms) ins.run(t.term, t.origin);
    ins.run('两个确立', 'numeral');
    expect(listedOnlyTerms(db)).toEqual(new Set(['两个文明建设', '全国一盘棋']));
  });
});

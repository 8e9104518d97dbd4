// 提法 extraction: the lexicon, variants, guards, rule formulations, and what is never a 提法.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { lexicon } from '../../../electron/core/knowledge/lexicon.js';
import { parseLexicon } from '../../../electron/core/knowledge/lexicon-schema.js';
import tifaJson from '../../../content/lexicon/tifa.json' with { type: 'json' };
import { readStopwords } from '../../../scripts/lib/lexicon-files.js';
import { rejectReason } from '../../../electron/core/knowledge/phrase-mining.js';
import { ruleFor } from '../../../electron/core/knowledge/term-rules.js';

const p = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const counts = (texts: string[]) =>
  Object.fromEntries(extractTerms(p(...texts)).map((t) => [t.term, t.occurrences.length]));

describe('提法 lexicon', () => {
  // The app reads the compiled-in file without checking it (lexicon.ts): this is the check.
  it('matches its schema, and the app reads exactly the checked entries', () => {
    expect(lexicon()).toEqual(parseLexicon(tifaJson));
    expect(() =>
      parseLexicon({ entries: [{ term: '两新', category: '政策', guard: 'often', firstYear: null }] }),
    ).toThrow();
    expect(() => parseLexicon({ entries: [...tifaJson.entries, tifaJson.entries[0]] })).toThrow(/重复/);
  });

  it('holds at least 300 formulations, each with a category, no duplicates, no single characters', () => {
    const entries = lexicon();
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((e) => e.term)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.category.length, e.term).toBeGreaterThan(1);
      expect(e.term.length, e.term).toBeGreaterThan(1);
    }
  });

  it('proposes no names of people, places or organisations, ordinary words or glued phrases from mining', () => {
    const stop = readStopwords();
    for (const g of [
      '李克强同志',
      '全国人民代表大会',
      '国务院',
      '上海市',
      '经济社会发展',
      '人民群众',
      '的基础上',
      '结合起来了',
    ])
      expect(rejectReason(g, stop), g).not.toBeNull();
    for (const g of ['两岸关系和平发展', '社会主义民主政治']) expect(rejectReason(g, stop), g).toBeNull();
  });
});

describe('extractTerms', () => {
  it('counts formulations whether quoted or not', () => {
    const c = counts([
      '推动高质量发展，全面推进乡村振兴，深化供给侧结构性改革。',
      '以中国式现代化全面推进中华民族伟大复兴，“高质量发展”是首要任务。',
    ]);
    expect(c).toMatchObject({ 高质量发展: 2, 乡村振兴: 1, 供给侧结构性改革: 1, 中国式现代化: 1, 中华民族伟大复兴: 1 });
  });

  it('counts a variant as its canonical formulation, once per place', () => {
    const t = extractTerms(p('建设有中国特色的社会主义，坚持中国特色社会主义道路。'));
    const zt = t.find((x) => x.term === '中国特色社会主义')!;
    expect(zt.occurrences).toEqual([
      { paragraph: 0, start: 2, length: 10 },
      { paragraph: 0, start: 15, length: 8 },
    ]);
    expect(counts(['按照“一个国家、两种制度”的方针'])).toMatchObject({ 一国两制: 1 });
  });

  it('reads 只有中国特色社会主义 as the formulation, not the old wording 有中国特色社会主义', () => {
    const t = extractTerms(p('只有中国特色社会主义才能发展中国，要建设有中国特色的社会主义。'));
    expect(t.find((x) => x.term === '中国特色社会主义')!.occurrences).toEqual([
      { paragraph: 0, start: 2, length: 8 },
      { paragraph: 0, start: 20, length: 10 },
    ]);
  });

  it('guards plan names and words glued to 创新', () => {
    expect(counts(['十五届五中全会审议了“十五”计划建议']).十五).toBe(1);
    expect(counts(['制定“十四五”规划，“十四五”时期是关键。十四五时期要打好基础']).十四五).toBe(3);
    expect(counts(['投身改革创新时代潮流', '贯彻创新发展理念'])).toEqual({});
    expect(counts(['中国特色社会主义进入新时代，贯彻新发展理念'])).toMatchObject({ 新时代: 1, 新发展理念: 1 });
  });

  it('recognises quoted numeral formulations and counts them unquoted too', () => {
    const c = counts(['深刻认识“两个确立”的决定性意义，增强“四个意识”。', '两个确立是新时代最重要的政治成果。']);
    expect(c.两个确立).toBe(2);
    expect(c.四个意识).toBe(1);
  });

  it('rule formulations: numbered parts and compressed slogans, but no names, lists or counts of things', () => {
    for (const s of ['两个确立', '三大攻坚战', '三去一降一补', '两学一做', '双随机、一公开', '三证合一'])
      expect(ruleFor(s), s).toBe('numeral');
    expect(ruleFor('放管服', 10)).toBe('slogan');
    expect(ruleFor('放管服', 1)).toBeNull();
    for (const s of ['四人帮', '两个中国', '一百五十六项', '十三个方面成就', '三项政策', '一刀切', '杀人', '进', '左'])
      expect(ruleFor(s, 99), s).toBeNull();
  });

  it('never yields a single character, an ordinary word or a name from quoted text', () => {
    const t = extractTerms(p('他说“进”，又说“稳”，提到“自由”“和平”“热点”和“杀人”，还有“法轮功”“李克强”“国务院”。'));
    expect(t).toEqual([]);
  });
});

// 提法 occurrences in another sense (round t22): 双创 of a city's 创建文明城市、卫生城市 campaign, a branch's
// own list spelt out on the spot (“三个带头”：带头……), and a formulation inside a body's name
// (精神文明建设办公室, 新时代文明实践所). Sentences written for these tests in the shapes read in imports.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { parseLexicon } from '../../../electron/core/knowledge/lexicon-schema.js';

const count = (paras: string[], term: string) =>
  extractTerms(paras.map((text) => ({ kind: 'p' as const, text }))).find((t) => t.term === term)?.occurrences.length ??
  0;

describe('双创 by the document it is in (lexicon docWith / docWithout)', () => {
  it('a county’s 创文创卫 report’s “双创” is not 大众创业万众创新', () => {
    const local = ['今年是我县巩固“双创”成果的关键一年。', '各单位要对照全国文明城市测评体系，迎接国家卫生城市复审。'];
    expect(count(local, '双创')).toBe(0);
    expect(count(['全县上下要以“双创”工作为抓手，改善城乡环境面貌。'], '双创')).toBe(0);
  });
  it('a text on 创业创新 keeps it', () => {
    const national = ['深入推进大众创业、万众创新。', '新建一批“双创”示范基地，办好全国双创活动周。'];
    expect(count(national, '双创')).toBe(2);
  });
  it('a text naming both senses is left without it (a wrong sense is worse than none)', () =>
    expect(count(['推进大众创业万众创新。', '巩固“双创”成果，争创全国文明城市。'], '双创')).toBe(0));
  it('the lexicon schema takes the document words, each once', () => {
    const entry = (docWith: string[]) => ({ term: '双创', category: '经济', docWith, firstYear: null });
    expect(parseLexicon({ entries: [entry(['创业'])] })[0]!.docWith).toEqual(['创业']);
    expect(() => parseLexicon({ entries: [entry(['创业', '创业'])] })).toThrow();
  });
});

describe('a count the text spells out on the spot is its own list', () => {
  it('“三个带头”：带头…… of a branch is not a rule formulation', () =>
    expect(count(['支部要做到“三个带头”：带头学习党章党规，带头执行八项规定，带头接受群众监督。'], '三个带头')).toBe(
      0,
    ));
  it('a national count spelt out in its own words stays one', () =>
    expect(count(['增强“四个意识”：政治意识、大局意识、核心意识、看齐意识。'], '四个意识')).toBe(1));
  it('a rule count quoted without being spelt out stays one', () =>
    expect(count(['要确保“三个高于”，即投入高于上年。'], '三个高于')).toBe(1));
});

describe('a formulation inside a body’s name', () => {
  it.each([
    ['南岭县精神文明建设办公室', '精神文明'],
    ['白沙镇新时代文明实践所组织志愿者走访慰问困难群众。', '新时代'],
    ['城关镇新时代文明实践站开展理论宣讲。', '新时代'],
  ])('%s', (text, term) => expect(count([text], term)).toBe(0));
  it('the formulation itself stays (加强社会主义精神文明建设, 新时代所赋予的使命)', () => {
    expect(count(['加强社会主义精神文明建设。'], '精神文明')).toBe(1);
    expect(count(['肩负新时代所赋予的使命。'], '新时代')).toBe(1);
  });
});

// Causes found by judging questions-imported68.json (支部 学习记录, 主题党日 方案, 述职报告, 学习心得, 会议纪要, 党课讲稿)
// and imported67's open cases: a 单选 of a counted 提法 of organisational life offered 九二共识, 八荣八耻, 两分两换 beside
// 三会一课 (options nobody picks): a key of a known kind now gets others of its kind (content/lexicon/tifa-kinds.json),
// never one its paragraph says or a near form of the key; list items the shape gives away (严以律己, 人才强国), 坚持
// series joined by ，, 2026年我将…, unquoted 副局长吴刚说，… and 提交村“两委”会议. The lines are the documents'.
import { describe, expect, it } from 'vitest';
import { cutFromWord } from '../../../electron/core/quiz/cut-term.js';
import { ownPledge } from '../../../electron/core/quiz/import-lines.js';
import { localSaidUnquoted } from '../../../electron/core/quiz/local-words.js';
import { commaVerbSeries, openingPrinciple, patternedListItem } from '../../../electron/core/quiz/open-slots.js';
import { at } from './source-doc.js';
import { kindMates } from '../../../electron/core/quiz/term-kinds.js';
import { termDistractors, type BlankFit } from '../../../electron/core/quiz/term-distractors.js';

const fit = (after: string, said: string[] = []): BlankFit => ({
  fitsVerb: () => false,
  fitsFrame: () => false,
  couldBeTrue: () => false,
  saidHere: (t) => said.includes(t),
  after,
});

describe('a 单选 on a key of a known kind', () => {
  // The text after the blank tells 三会一课 apart (before 制度 every term of the kind would fit: imported69-causes).
  const line = '严格落实“”，按期召开支部党员大会、支委会、党小组会，按时上好党课。';
  const after = '，按期召开支部党员大会、支委会、党小组会，按时上好党课。';
  it('三会一课 beside organisational life, not beside 九二共识 or 两分两换', () => {
    const ds = termDistractors('三会一课', ['九二共识', '两分两换'], line, fit(after), 2025, undefined, true);
    expect(ds.length).toBeGreaterThanOrEqual(3);
    expect(ds).toContain('民主生活会');
    expect(ds).not.toContain('九二共识');
    expect(ds).not.toContain('两分两换');
  });
  it('guard: none the sentence or paragraph says, none said after the document’s year', () => {
    const shown = '严格落实“”、主题党日、谈心谈话等制度。';
    const ds = termDistractors('三会一课', [], shown, fit('”、主题党日', ['组织生活会']), 2025, undefined, true);
    expect(ds).not.toContain('主题党日');
    expect(ds).not.toContain('谈心谈话');
    expect(ds).not.toContain('组织生活会');
    expect(kindMates('三会一课', '', 2010)).not.toContain('主题党日');
  });
  it('a 战略 beside 战略 only where 战略 follows the blank', () => {
    expect(termDistractors('乡村振兴', [], '深入实施战略。', fit('战略。'), 2025, undefined, true)).toContain(
      '科教兴国',
    );
  });
  it('guard: a library document keeps the options its questions were judged with', () => {
    const ds = termDistractors('三会一课', ['九二共识', '两分两换'], line, fit(after), 2025);
    expect(ds).not.toContain('民主生活会');
    expect(kindMates('乡村振兴', '，建设宜居宜业和美乡村', 2025)).toEqual([]);
  });
  it('guard: a key of no kind keeps the old options (a plan beside its neighbours)', () => {
    expect(kindMates('十四五', '”规划', 2025)).toEqual([]);
    expect(kindMates('全过程人民民主', '是社会主义民主政治的本质属性', 2025)).toEqual([]);
  });
});

describe('list items, 坚持 series, pledges and words told of someone', () => {
  const none = () => false;
  it('an unquoted item of a set only the text holds, its siblings sharing a run with it, is not asked; 德治 and a quoted series stay', () => {
    const strict = '践行“三严三实”，做到严以修身、严以用权、严以律己，谋事要实。';
    expect(patternedListItem(strict, at(strict, '严以律己'), none)).toBe(true);
    // A closed set the library holds is asked as before.
    expect(patternedListItem(strict, at(strict, '严以律己'), (h) => '严以修身严以用权严以律己'.includes(h))).toBe(
      false,
    );
    const powers = '建议提出，要建设教育强国、科技强国、人才强国。';
    expect(patternedListItem(powers, at(powers, '人才强国'), none)).toBe(true);
    const first = '必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。';
    expect(patternedListItem(first, at(first, '人才是第一资源'), none)).toBe(true);
    const rule = '健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。';
    expect(patternedListItem(rule, at(rule, '德治'), none)).toBe(false);
    const three = '深入实施科教兴国战略、人才强国战略、创新驱动发展战略。';
    expect(patternedListItem(three, at(three, '人才强国'), none)).toBe(false);
    const quoted = '增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
    expect(patternedListItem(quoted, at(quoted, '四个自信'), none)).toBe(false);
  });
  it('坚持 clauses joined by ，: four or more, the blank their whole object', () => {
    const plan =
      '全会提出，要坚持人民至上，坚持高质量发展，坚持全面深化改革，坚持有效市场和有为政府相结合，坚持统筹发展和安全。';
    expect(commaVerbSeries(plan, at(plan, '人民至上'))).toBe(true);
    expect(commaVerbSeries(plan, at(plan, '高质量发展'))).toBe(true);
    const law =
      '坚持依法治国首先要坚持依宪治国，坚持依法执政首先要坚持依宪执政，坚持宪法确定的领导地位不动摇，坚持人民代表大会制度不动摇。';
    expect(commaVerbSeries(law, at(law, '依宪治国'))).toBe(false);
    const one = '我们要坚持人民至上，把人民对美好生活的向往作为奋斗目标。';
    expect(commaVerbSeries(one, at(one, '人民至上'))).toBe(false);
    const fuse = '坚持党建引领，推动党建工作与市场监管业务深度融合。';
    expect(openingPrinciple(fuse, at(fuse, '党建引领'))).toBe(true);
    const lead = '必须坚持党中央集中统一领导，把党的领导贯穿推进新型工业化全过程各方面。';
    expect(openingPrinciple(lead, at(lead, '党中央集中统一领导'))).toBe(false);
  });
  it('a pledge after a year, words told of a local person, a body cut from its name', () => {
    expect(ownPledge('2026年我将以“十五五”开局为契机，努力推动全镇高质量发展。')).toBe(true);
    expect(ownPledge('2026年是“十五五”开局之年。')).toBe(false);
    const said = '交流发言：副局长吴刚说，要加快构建新发展格局。';
    expect(localSaidUnquoted(said, said.indexOf('新发展格局'), none)).toBe(true);
    const leader = '习近平总书记说，要加快构建新发展格局。';
    expect(localSaidUnquoted(leader, leader.indexOf('新发展格局'), none)).toBe(false);
    const plenum = '全会提出，要加快构建新发展格局。';
    expect(localSaidUnquoted(plenum, plenum.indexOf('新发展格局'), none)).toBe(false);
    const body = '会议同意提交村“两委”会议商议。';
    expect(cutFromWord(body, at(body, '两委'), none)).toBe(true);
  });
});

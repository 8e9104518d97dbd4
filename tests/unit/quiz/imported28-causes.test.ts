// Causes found by judging a twenty-eighth draw of questions from documents a user imports
// (tests/eval/knowledge/questions-imported28.json: a municipal meeting report, a WeChat repost of a newspaper
// article, report excerpts saved as a speech) and the acceptable items left in questions-imported27.json: an item of
// a 、 list of one shape (楼宇党建、园区党建、【毗邻党建】; 稳预期、稳增长、【稳就业】), the first half of a pair closing a
// predicate (国家发展的【基础】和根本), the whole object of 促进/推动/推进 in a frame any goal takes (促进【…】，是…
// 重大战略问题; 推动【…】要靠改革; 按照推进【…】的要求), a series of three fixed only by the article an import was cut
// from; and everywhere, a figure of full coverage (覆盖率【100】%). The lines are the documents'; the documents
// around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { generateFromSeries } from '../../../electron/core/quiz/generate-series.js';
import { generateFromNumbers } from '../../../electron/core/quiz/generate-numbers.js';
import { genericGoal, pairHalf, shapedListItem } from '../../../electron/core/quiz/open-slots.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, importedKeys, sourceDoc, sourceOf } from './source-doc.js';

const imported = (line: string, id = 'u:r0'): SourceDoc[] => [
  sourceDoc(id, 2022, [line], { title: '政府工作报告（学习摘录）' }),
  sourceDoc('b:lib', 2021, ['全年城镇新增就业1300万人。']),
];
const { termKeys, quoteKeys } = importedKeys(imported);

describe('an item of a 、 list of one shape', () => {
  const cases: [string, string][] = [
    ['要善于整合资源、调动力量,总结推广楼宇党建、园区党建、毗邻党建等区域化党建经验做法,创新服务方式。', '毗邻党建'],
    ['乡村振兴,必须建设一支政治过硬、本领过硬、作风过硬的乡村干部队伍。', '作风过硬'],
    ['努力实现党的组织覆盖和工作覆盖不留空白、不留盲区、不留死角,把党的组织体系织得更加严密。', '不留死角'],
    ['各地区各部门要多出有利于稳预期、稳增长、稳就业的政策，谨慎出台收缩性抑制性举措。', '稳就业'],
  ];
  it('is open: a sibling of the shape fits the blank', () => {
    for (const [line, key] of cases) expect(shapedListItem(line, at(line, key)), key).toBe(true);
  });
  it('guard: a list whose items differ in shape, a whole formulation, or the library’s own document', () => {
    const line = '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。';
    expect(shapedListItem(line, at(line, '生态文明建设'))).toBe(false);
    const two = '重点解决实现“两不愁三保障”面临的突出问题，加大“三区三州”等深度贫困地区脱贫攻坚力度。';
    expect(shapedListItem(two, at(two, '两不愁三保障'))).toBe(false);
    const mixed = '坚持创新、协调、绿色发展、开放、共享。';
    expect(shapedListItem(mixed, at(mixed, '绿色发展'))).toBe(false);
    expect(termKeys(cases[3]![0], '稳就业', 'b:r0')).toContain('稳就业');
    // The library saying the key right after a neighbour fixes the series.
    const [line2, key2] = cases[2]!;
    expect(shapedListItem(line2, at(line2, key2), () => ['做到不留盲区、不留死角。'])).toBe(false);
  });
});

describe('the first half of a pair closing a predicate', () => {
  const line = '科技、教育和人才是国家发展的基础和根本，必须始终放在重要的战略位置。';
  it('is open (国家发展的【基础】和根本: 关键 fits)', () => {
    expect(pairHalf(line, at(line, '基础'))).toBe(true);
  });
  it('guard: the pair blanked whole, or a pair going on to its own words', () => {
    const whole = '发展是解决我国一切问题的基础和关键。';
    expect(pairHalf(whole, at(whole, '基础和关键'))).toBe(false);
    const on = '推动有效市场和有为政府更好结合。';
    expect(pairHalf(on, at(on, '有效市场'))).toBe(false);
  });
});

describe('the whole object of a generic verb in a frame any goal takes', () => {
  const cases: [string, string][] = [
    ['促进区域协调发展，是我国现代化建设中的一个重大战略问题。', '区域协调发展'],
    ['从根本上说，推动高质量发展要靠改革。', '高质量发展'],
    [
      '按照推进国家治理体系和治理能力现代化的要求，加快建设法治政府、创新政府、廉洁政府。',
      '国家治理体系和治理能力现代化',
    ],
  ];
  it('is open', () => {
    for (const [line, key] of cases) expect(genericGoal(line, at(line, key)), key).toBe(true);
  });
  it('is not blanked in a user’s import, as a 金句 or as a 提法', () => {
    const [line, key] = cases[0]!;
    expect(quoteKeys(line)).not.toContain(key);
    expect(termKeys(line, key)).not.toContain(key);
    expect(quoteKeys(cases[1]![0])).not.toContain('高质量发展');
  });
  it('guard: the library’s own document keeps it', () => {
    const [line, key] = cases[0]!;
    expect(termKeys(line, key, 'b:r0')).toContain(key);
  });
  it('guard: a frame that says what the goal is about', () => {
    const tied = '促进有效市场和有为政府更好结合，持续激发和增强社会活力。';
    expect(genericGoal(tied, at(tied, '有效市场和有为政府'))).toBe(false);
    const own = '构建和谐社会，最重要的是加强民主法制建设，促进社会公平正义。';
    expect(genericGoal(own, at(own, '和谐社会'))).toBe(false);
  });
});

describe('a figure of full coverage', () => {
  const keys = (line: string) =>
    generateFromNumbers(sourceOf([sourceDoc('b:r0', 2020, [line])], [])).flatMap((q) =>
      q.kind === '填空' ? q.blanks.map((b) => b.text) : q.correct.map((i) => q.options[i]!),
    );
  it('is not asked: 100 % is guessed without reading', () => {
    expect(keys('全年确保“两新”组织党的组织和工作覆盖率达到100%，党员教育管理全面加强。')).toEqual([]);
  });
  it('guard: another share is asked', () => {
    expect(keys('全年确保“两新”组织党的组织和工作覆盖率达到95%，党员教育管理全面加强。')).toContain('95');
  });
});

describe('a series of three in an excerpt of a library article', () => {
  const line = '努力实现党的组织覆盖和工作覆盖不留空白、不留盲区、不留死角，把党的组织体系织得更加严密。';
  const excerpt = sourceDoc('u:r0', 2021, [line], {
    type: '讲话',
    source: null,
    title: '在基层党建工作会议上的讲话（摘要）',
    speakers: ['钱立新'],
  });
  const asked = (...docs: SourceDoc[]) =>
    generateFromSeries({ docs: new Map(docs.map((d) => [d.id, d])), quotes: [], terms: [] }).map((q) =>
      q.blanks.map((b) => b.text).join('；'),
    );
  it('is not fixed by the article it was cut from (the same sentence)', () => {
    const article = sourceDoc('b:lib', 2021, [`市委召开述职评议会。${line}要密切与群众的情感联系。`]);
    expect(asked(excerpt, article)).toEqual([]);
  });
  it('guard: another document saying the series in a sentence of its own fixes it', () => {
    const other = sourceDoc('b:lib', 2021, ['消防安全检查要做到不留空白、不留盲区、不留死角。']);
    expect(asked(excerpt, other)).toEqual(['不留死角']);
  });
});

// Causes found by judging a tenth draw of questions from documents a user imports (the pages, Word/PDF
// papers and speech fixtures of round 16, tests/eval/knowledge/questions-imported10.json): blanks where a
// learner's equally right answer would be marked wrong — a verb phrase or a manner (贯彻落实, 认真学习,
// 坚定不移, 一心一意), a verb with its object (剖析原因), the modifier of a kind of people (各级领导干部), one of a
// pair of like nouns (心思和精力), an item of a list built on one shared character (水库、钱库、粮库; 新产业、
// 新模式、新动能), a noun after a word the segmenter took for a name (秋收/nr 时节), the segmenter's cut of a
// suffix (绿色/化发展), an action after 是把 taken for a judgement's predicate (是把群众的心聚起来); an
// instruction to the units under the speaker (各区要把…) asked as a 金句; a one-clause definition local texts
// pass round (营商环境是一个地方的核心竞争力) asked who said it; a 多选 offering a 提法 inside another one of the
// document (从严治党 beside 全面从严治党). The texts are written for these tests in the shapes of news items
// and speeches.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { levelGivesAway } from '../../../electron/core/quiz/quote-worth.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Every word but `target` common, so the blanker reaches for `target` when it may. */
const only = (target: string) => (w: string) => (w === target ? 0 : 60);
const blanked = (text: string, target: string) => keyBlanks(text, 3, only(target)).map((b) => b.text);

describe('blanks a learner’s equally right answer would miss', () => {
  it('a verb phrase or a manner before what it governs is not blanked (学习贯彻, 大力宣传, 持续 fit)', () => {
    expect(blanked('贯彻落实总书记重要讲话精神，关键是要把生态优势转化为发展优势。', '贯彻落实')).not.toContain(
      '贯彻落实',
    );
    expect(blanked('各乡镇要认真学习先进典型事迹，营造比学赶超的浓厚氛围。', '认真学习')).not.toContain('认真学习');
    expect(blanked('全县上下要一心一意谋项目、抓产业、促发展。', '一心一意')).not.toContain('一心一意');
  });

  it('a verb with its object is not blanked (剖析原因: 分析 fits)', () => {
    expect(blanked('县委常委班子查摆问题实，剖析原因深，整改措施具体。', '剖析')).not.toContain('剖析');
  });

  it('the modifier of a kind of people is not blanked (各级领导干部: 党员干部 fits)', () => {
    expect(blanked('各级领导干部要把安全生产责任扛在肩上。', '领导')).not.toContain('领导');
  });

  it('one of a pair of like nouns is not blanked (心思和精力: 时间和精力 fits)', () => {
    expect(blanked('全县上下要把心思和精力集中到抓发展上来。', '心思')).not.toContain('心思');
  });

  it('guard: a 提法 joined by 和 is still blanked', () => {
    expect(blanked('计划生育和环境保护是我国的基本国策。', '计划生育')).toContain('计划生育');
  });

  it('an item of a list built on one shared character is not blanked (碳库, 新业态 fit)', () => {
    expect(blanked('森林是水库、钱库、粮库。', '水库')).not.toContain('水库');
    expect(blanked('科技创新能够催生新产业、新模式、新动能。', '动能')).not.toContain('动能');
  });

  it('a noun after a word tagged a name heads their compound (秋收时节: 季节 fits)', () => {
    expect(blanked('秋收时节，天气多变，烘干能力跟不上就会丰产不丰收。', '时节')).not.toContain('时节');
  });

  it('a segmenter’s cut opening on the suffix 化 is no word (绿色/化发展)', () => {
    expect(blanked('全省要推进制造业高端化、智能化、绿色化发展。', '化发展')).not.toContain('化发展');
  });

  it('an action after 是把 is no judgement’s predicate, nor a verb with its complement a key', () => {
    const got = blanked('基层治理最难的，是把群众的心聚起来。', '聚起来');
    expect(got).not.toContain('心聚起来');
    expect(got).not.toContain('聚起来');
  });
});

const TITLES = [
  '在全县优化营商环境大会上的讲话',
  '在全县乡村振兴推进会上的讲话',
  '在全市组织工作会议上的讲话',
  '在全县教育工作会议上的讲话',
];

const asked = (line: string) => {
  const docs = TITLES.map((title, i) =>
    sourceDoc(`u:s${i}`, 2024, [i === 0 ? line : `全县新建项目${i + 10}个，总投资${i + 20}亿元。`], {
      type: '讲话',
      source: null,
      speakers: [`王${'一二三四'[i]}明`],
      title,
    }),
  );
  return generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, docs[0]!.speakers[0]!)]));
};

describe('local lines that are no 金句 of the speaker', () => {
  it('an instruction to the units under the speaker is asked nothing (各区要把…)', () => {
    expect(asked('各区要把加装电梯、补齐停车设施作为今年老旧小区改造的重点。')).toEqual([]);
    expect(asked('各乡镇各部门要认真学习先进典型事迹，营造比学赶超的浓厚氛围。')).toEqual([]);
  });

  it('a one-clause definition local texts pass round is asked neither who said it nor which speech', () => {
    const qs = asked('营商环境是一个地方的核心竞争力。');
    expect(qs.filter((q) => /谁说的|出自哪/.test(q.stem))).toEqual([]);
  });

  it('guard: a longer line of the speaker’s own is still asked who said it', () => {
    const qs = asked('企业往哪里去，资金往哪里流，很大程度上取决于我们的营商环境。');
    expect(qs.some((q) => /谁说的|出自哪/.test(q.stem))).toBe(true);
  });
});

describe('found by the held-out draw', () => {
  it('the speaker’s own role in a first-person line is not blanked (一名村支书: 党员 fits)', () => {
    expect(blanked('荣誉属于全村群众，我只是做了一名村支书该做的事。', '村支书')).not.toContain('村支书');
  });

  it('which document is not asked where the line’s level picks the one title of that level (全县上下)', () => {
    const options = [
      '省委理论学习中心组举行集体学习',
      '中共青河县委十五届六次全会召开',
      '市委召开常委会会议',
      '全省乡村振兴工作会议召开',
    ];
    expect(levelGivesAway('全县上下要把心思和精力集中到抓发展上来。', options, 1)).toBe(true);
    expect(
      levelGivesAway('全县上下要把心思和精力集中到抓发展上来。', [...options.slice(0, 3), '全县教育大会召开'], 1),
    ).toBe(false);
  });
});

describe('an idiom before a verb', () => {
  it('after a comma is a manner, not blanked (…，一心一意谋项目)', () => {
    expect(blanked('全县上下要把精力集中到抓发展上来，一心一意谋项目、抓产业。', '一心一意')).not.toContain('一心一意');
  });
});

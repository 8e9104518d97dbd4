// The doubtful keys of Key audit 65/66 (tests/eval/knowledge/RUBRIC.md, key-audit66.json): a wrong option's document
// restates the line in part (restated-in-part.ts), or the same report says a figure's words with its target in the
// slot (number-stem.ts). The near misses are the fine questions a wider rule (a clause within 2 edits) also caught.
import { describe, expect, it } from 'vitest';
import { restatesInPart } from '../../../electron/core/quiz/restated-in-part.js';
import { saidWithAnotherFigure } from '../../../electron/core/quiz/number-stem.js';
import { sourceDoc } from './source-doc.js';

const restated = (line: string, texts: string[]) => restatesInPart(line, sourceDoc('b:other', 1990, texts));

describe('a wrong option whose document restates the line in part', () => {
  it('two clauses with a word dropped (十八大 beside 十七大)', () => {
    const line = '实践发展永无止境，认识真理永无止境，理论创新永无止境。';
    expect(restated(line, ['实践永无止境，创新永无止境。'])).toBe(true);
    // One clause so restated is a phrase, not the line.
    expect(restated(line, ['实践永无止境，我们要勇于探索。'])).toBe(false);
  });
  it('a definition restated as 把Y作为…X, clause by clause in two sentences (十七大 beside 十八大)', () => {
    const line = '科学发展观，第一要义是发展，核心是以人为本，基本要求是全面协调可持续，根本方法是统筹兼顾。';
    const theirs = [
      '必须更加自觉地把全面协调可持续作为深入贯彻落实科学发展观的基本要求，全面落实五位一体总体布局。',
      '必须更加自觉地把统筹兼顾作为深入贯彻落实科学发展观的根本方法，坚持一切从实际出发。',
    ];
    expect(restated(line, theirs)).toBe(true);
    expect(restated(line, theirs.slice(0, 1))).toBe(false);
  });
  it('the opening judgement X是Y within two edits (2021 beside 2024)', () => {
    const line = '就业是最大的民生，保市场主体也是为稳就业保民生。';
    expect(restated(line, ['就业是最基本的民生。'])).toBe(true);
    // 2022, an option of the fine “which document” question: 稳就业保民生 inside other clauses.
    expect(restated(line, ['新增财力要下沉基层，主要用于落实助企纾困、稳就业保民生政策，促进消费、扩大需求。'])).toBe(
      false,
    );
  });
  it('not the near misses: a subject phrase or one clause with a word changed, a shared list item', () => {
    const misses: [string, string][] = [
      [
        '中国人民解放军是人民民主专政的坚强柱石，是捍卫社会主义祖国的钢铁长城，是建设有中国特色社会主义的重要力量。',
        '发展社会主义民主，健全社会主义法制，依法治国，是建设有中国特色社会主义的重要内容，也是巩固和发展团结稳定的社会政治局面的重要保证。',
      ],
      [
        '我们从事社会主义现代化建设，不仅要建设高度的物质文明，而且要建设高度的精神文明。',
        '我们进行社会主义现代化建设，必须立足于自力更生，主要靠自己艰苦奋斗。',
      ],
      [
        '建设社会主义精神文明，是全党的任务，是各条战线的共同任务。',
        '同经济、政治的改革和发展相适应，以“有理想、有道德、有文化、有纪律”为目标，建设社会主义精神文明。',
      ],
      [
        '不断改善城乡人民生活，既是我们发展经济的根本目的，也是扩大内需、促进经济持续增长的迫切需要。',
        '第九，不断改善人民生活，严格控制人口增长，加强环境保护。',
      ],
      [
        '始终做到“三个代表”，是我们党的立党之本、执政之基、力量之源。',
        '坚持社会主义道路、坚持人民民主专政、坚持中国共产党的领导、坚持马克思列宁主义毛泽东思想这四项基本原则，是我们的立国之本。',
      ],
      [
        '统一战线是凝聚各方面力量，促进政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系的和谐，夺取中国特色社会主义新胜利的重要法宝。',
        '促进政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系的和谐，对于增进团结、凝聚力量具有不可替代的作用。',
      ],
    ];
    for (const [line, theirs] of misses) expect(restated(line, [theirs]), line).toBe(false);
  });
});

describe('a figure whose words to the next mark the report says with another figure', () => {
  const paragraphs = [
    { text: '五年来，城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。' },
    { text: '今年发展的主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率5.5%以内。' },
  ];
  const clause = '城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。';
  it('with a bound after the unit (2018: 6600万人以上 beside the target 1100万人以上)', () => {
    expect(saidWithAnotherFigure(paragraphs, clause, { start: 6, end: 11, text: '6600万' })).toBe(true);
  });
  it('not with a bare unit (2005: 980万人，超过预期目标 beside the target 900万人)', () => {
    const review = '城镇新增就业980万人，超过预期目标；';
    const report = [{ text: review }, { text: '城镇新增就业900万人，城镇登记失业率控制在4.6%；' }];
    expect(saidWithAnotherFigure(report, review, { start: 6, end: 10, text: '980万' })).toBe(false);
  });
  it('not when the target goes on with more words (1100万人以上的 is another phrase)', () => {
    const other = [paragraphs[0]!, { text: '城镇新增就业1100万人以上的目标要努力实现。' }];
    expect(saidWithAnotherFigure(other, clause, { start: 6, end: 11, text: '6600万' })).toBe(false);
  });
});

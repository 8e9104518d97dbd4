import { describe, expect, it } from 'vitest';
import {
  isProse,
  joinBrokenLines,
  removeInnerSpaces,
  splitSpacedParagraphs,
} from '../../../electron/core/text/line-repair.js';

describe('removeInnerSpaces', () => {
  const cases: [string, string][] = [
    [
      '要不断做深做实党建引领基层 治理。强化基层党组织在基层各类组织、各项 工作中的领导地位',
      '要不断做深做实党建引领基层治理。强化基层党组织在基层各类组织、各项工作中的领导地位',
    ],
    [
      '傅兴国指出,要认真贯彻落实习近平总 书记关于基层党建工作的重要指示',
      '傅兴国指出,要认真贯彻落实习近平总书记关于基层党建工作的重要指示',
    ],
    ['进一步选优配强带头人、优 化班子结构', '进一步选优配强带头人、优化班子结构'],
    ['本届政府从1 9 9 3 年3 月就职', '本届政府从1993年3月就职'],
    ['浦东召开 2021 年居村换届工作', '浦东召开2021年居村换届工作'],
    ['keep English words apart', 'keep English words apart'],
  ];
  for (const [input, want] of cases) it(input.slice(0, 16), () => expect(removeInnerSpaces(input)).toBe(want));
});

describe('joinBrokenLines', () => {
  it('rejoins a word broken across a page join', () => {
    const lines = [
      '一是抓好组织覆盖。',
      '要善于整合资源、调动力量,总结推广楼宇党建、园区党建、毗邻党建等区域化党建经',
      '',
      '验做法,创新服务方式,提高服务实效。',
    ];
    expect(joinBrokenLines(lines)).toEqual([
      '一是抓好组织覆盖。',
      '要善于整合资源、调动力量,总结推广楼宇党建、园区党建、毗邻党建等区域化党建经验做法,创新服务方式,提高服务实效。',
    ]);
  });
  it('keeps a first line set apart by a blank line as the headline, commas and all', () => {
    const lines = [
      '惠民政策落地快，群众办事更方便',
      '',
      '“家门口就能办成事”（身边看变化①）',
      '',
      '周末上午，走进县政务服务中心。',
    ];
    expect(joinBrokenLines(lines)).toEqual([lines[0], lines[2], lines[4]]);
  });
  it('does not glue a heading onto the next paragraph', () => {
    const lines = ['夯实全面实施乡村振兴战略的组织基础', '陕西榆林绥德县的郝家桥村,曾是一个模范村。'];
    expect(joinBrokenLines(lines)).toEqual(lines);
  });
  it('does not glue an ordinal heading (第一，…) onto the paragraph under it', () => {
    const lines = ['第二，切实加强基层组织建设', '基层组织是党的全部工作的基础，必须抓紧抓好。'];
    expect(joinBrokenLines(lines)).toEqual(lines);
    const long = [
      '第三、必须继续坚持在发展生产的基础上逐步提高群众生活水平的方针',
      '群众生活的改善，归根到底要靠生产的发展，离开生产的发展去追求高消费，是不可能持久的。',
    ];
    expect(joinBrokenLines(long)).toEqual(long);
  });
  it('still rejoins an ordinal list item broken across lines', () => {
    expect(joinBrokenLines(['第一，企业与国家的分配关系用法令的形式固定下来，使国家', '财政收入稳定增长；'])).toEqual([
      '第一，企业与国家的分配关系用法令的形式固定下来，使国家财政收入稳定增长；',
    ]);
  });
  it('ends a quotation the line before left open when the next line opens on its closing mark', () => {
    // A wiki page's emphasis puts the quoted words on lines of their own (十一大 report).
    const lines = ['去年初，毛主席指出：“战争是政治的继续。和平就是政治。', '”苏美两个超级大国都想称霸世界。'];
    expect(joinBrokenLines(lines)).toEqual([lines.join('')]);
    // (A closing mark after a line whose quotations are all closed starts nothing new to join.)
    const closed = ['他说：“好。”', '”这是另一行。'];
    expect(joinBrokenLines(closed)).toEqual(closed);
  });
  it('does not join after a finished sentence', () => {
    const lines = ['会上,市委表彰了一批示范党组织和优秀基层党组织书记。', '各地攻坚克难,推进党建提质增效。'];
    expect(joinBrokenLines(lines)).toEqual(lines);
  });
});

describe('isProse / splitSpacedParagraphs', () => {
  it('tells headings from running text', () => {
    expect(isProse('建强战斗堡垒 夯实执政之基')).toBe(false);
    expect(isProse('近日,浦东召开换届工作动员部署会,拉开全年换届序幕。')).toBe(true);
  });
  it('splits long lines that use spaces as paragraph breaks', () => {
    const a = '一是统一思想认识,强化责任担当。'.repeat(12);
    const b = '二是聚焦主责主业,提升服务水平。'.repeat(12);
    expect(splitSpacedParagraphs(`${a} ${b}`)).toEqual([a, b]);
    expect(splitSpacedParagraphs('短句。 另一句。')).toEqual(['短句。 另一句。']);
  });
});

// Round speech72 (tests/eval/knowledge/quotes-speech72.json): a 发布会 实录 whose head line lists the 发布人's posts, a
// 报告会 实录 whose host hands the floor to each 报告人, an oral history's `——…口述` subtitle, `获奖感言：` under a `获奖者：`
// line, `信中还写道` (no name), a 讲解词 and a 回信's writer, `含泪说`/`哽咽着说`, the hero's alias beside his daughter.
import { describe, expect, it } from 'vitest';
import { acceptanceTurn } from '../../../electron/core/knowledge/award-citation.js';
import { heroAliases } from '../../../electron/core/knowledge/hero-aliases.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { isPersonName } from '../../../electron/core/knowledge/person-name.js';
import { speakingPeople } from '../../../electron/core/knowledge/speaking-people.js';
import { transcriptTurns } from '../../../electron/core/knowledge/transcript-turns.js';
import { credited } from './quote-lines-helpers.js';

describe('transcripts: a 发布人 named once in the head, a host handing the floor on, an oral history', () => {
  it('gives `发布人：` turns to the one the head line names after a list of posts', () => {
    const turns = transcriptTurns([
      '发布人：市医疗保障局副局长、新闻发言人　韦建成',
      '主持人：下面请发布人介绍有关情况。',
      '南宁晚报记者：异地就医如何结算？',
      '发布人：群众跑一趟，就要把事办成。',
    ]);
    expect(turns[3]?.name).toBe('韦建成');
  });

  it("makes the unlabelled paragraphs after a host's introduction the 报告人's, never the host's", () => {
    const turns = transcriptTurns([
      '主持人（县委宣传部副部长　蒙丽华）：首先请听报告，报告人是县中医院护士长黄小琴。',
      '护理工作没有小事，一个细节就是一份安心。',
      '主持人：谢谢黄小琴同志。下面请听第二场报告。',
      '我在村里干了二十年，群众的事就是我的事。',
      '主持人：报告会到此结束。',
    ]);
    expect(turns[1]?.name).toBe('黄小琴');
    // (The floor handed to no name read: nobody's.)
    expect(turns[3]).toBeNull();
  });

  it('reads an oral history subtitle `——…口述` as the one answering `答：`', () => {
    const turns = transcriptTurns([
      '“那些年修水库”',
      '——原石门村党支部书记陆德才口述',
      '问：最难的是什么？',
      '答：人心齐，泰山移。',
    ]);
    expect(turns[3]?.name).toBe('陆德才');
  });
});

describe('ceremonies, letters, guides and reports', () => {
  it('gives `获奖感言：` to the honouree of the `获奖者：` line before it', () => {
    const folded = [
      '获奖者：韦春兰　东兰县某小学教师',
      '颁奖辞：她把青春留在了山里。',
      '获奖感言：孩子们的笑，就是我的奖。',
    ];
    expect(acceptanceTurn(folded, 2)).toEqual({ name: '韦春兰', at: 5 });
    expect(acceptanceTurn(folded, 1)).toBeUndefined();
  });

  it('reads 信中 and 会上 as no names', () => {
    expect(isPersonName('信中')).toBe(false);
    expect(isPersonName('会上')).toBe(false);
    expect(isPersonName('黄德元')).toBe(true);
  });

  it("names a 回信's writer and a 讲解词's people as a story's", () => {
    const letter = '本报讯 近日，老党员韦志明给家乡的孩子们写了一封回信。他在信中写道：“……”';
    expect(speakingPeople('文章', letter, '老党员回信勉励学子')).toContain('韦志明');
    const guide = '上世纪七十年代，老支书蓝德明带领群众修渠。蓝德明常说：“渠通了，日子就通了。”';
    expect(speakingPeople('文章', guide, '某村村史馆讲解词')).toContain('蓝德明');
    expect(speakingPeople('文章', guide, '某村见闻')).not.toContain('蓝德明');
  });

  it('reads 哽咽着说 and 含泪说 in a report', () => {
    expect(narratedNames('报告人、救援队员陆志刚哽咽着说：“我们身后就是群众。”')).toContain('陆志刚');
    expect(narratedNames('报告人、县委书记罗海涛含泪说：“他是群众的贴心人。”')).toContain('罗海涛');
  });

  it("keeps 黄院长 the hero beside his daughter when the text gives him the post, and credits the page's lines", () => {
    const text =
      '黄建华同志先进事迹报告会举行。黄建华生前系乡卫生院院长。报告人、黄建华的女儿黄小雨含泪说：“…”。黄院长常对我们说：“…”';
    expect(heroAliases(text, ['黄小雨'])).toContainEqual(['黄院长', '黄建华']);
    // (Another 黄 who is not his family, or no post given him: nobody.)
    const other = '黄建华同志先进事迹报告会举行。黄建华生前系乡卫生院院长。报告人、县卫健局局长黄强说：“…”';
    expect(heroAliases(other, ['黄强'])).not.toContainEqual(['黄院长', '黄建华']);
    const out = credited('获奖者风采', ['获奖者：罗春梅　某小学教师', '获奖感言：山里的孩子缺的是一扇窗。']);
    expect(out).toContainEqual(['罗春梅', '山里的孩子缺的是一扇窗']);
  });
});

// Round speech69 (tests/eval/knowledge/quotes-speech69.json): trades before a name taking the floor, 主讲人 without a
// colon, 黄书记 in a 先进事迹报告会 story, 嘉宾： turns, 代表通道/委员通道 answers, 回信 stories, a 读书班's 交流时谈到, folk
// lecturers (“百姓名嘴”、老支书, 退休教师), and a 座谈 story's plain words kept as a meeting report's.
import { describe, expect, it } from 'vitest';
import { bylineOf } from '../../../electron/core/content/header.js';
import { heroAliases } from '../../../electron/core/knowledge/hero-aliases.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { transcriptTurns } from '../../../electron/core/knowledge/transcript-turns.js';
import { quotes, whom } from './quote-lines-helpers.js';

describe('who takes the floor', () => {
  it('credits a 座谈会 turn taken by a trade before the name (电工…第一个发言。他表示), and keeps plain words', () => {
    const out = quotes('县长与一线职工代表座谈', [
      '本报讯 县长蒙立新与电工、搬运工人等一线职工代表座谈。',
      '电工覃海波第一个发言。他表示，线路通到哪里，光明就送到哪里。',
      '搬运工人黄德才接着发言。他说，肩上扛的是货，心里装的是家。',
    ]);
    expect(out).toContainEqual(['覃海波', '线路通到哪里，光明就送到哪里']);
    expect(out).toContainEqual(['黄德才', '肩上扛的是货，心里装的是家']);
  });

  it('reads a 主讲人 label set apart by a space alone', () => {
    expect(bylineOf('主讲人 县委党校副教授 罗丽萍')).toEqual({ name: '罗丽萍', role: '县委党校副教授' });
    expect(bylineOf('主讲人讲了三个问题')).toBeNull();
  });

  it('names the first to come up at a 代表通道 (第一位走上…的是…。谈到…，她说：)', () => {
    const out = quotes('“代表通道”上的声音', [
      '本报讯 首场“代表通道”在人民大会堂举行。',
      '第一位走上“代表通道”的是全国人大代表、某村党支部书记韦秀兰。谈到产业发展，她说：“产业兴则村庄兴，产业强则农民富。”',
    ]);
    expect(out).toContainEqual(['韦秀兰', '产业兴则村庄兴，产业强则农民富']);
  });
});

describe('whom a story calls by surname and post, or by a label', () => {
  it('reads 黄书记 as the hero of a 先进事迹报告会 named 黄…同志, unless another 黄 is named', () => {
    const story = '本报讯 黄振华同志先进事迹报告会举行。报告团成员、镇干部农小梅说，黄书记常跟我们讲：“…”';
    expect(heroAliases(story, [])).toEqual(['黄振华', ['黄书记', '黄振华']]);
    // (Another 黄 leaves 黄书记 unsure; the hero's full name is still he: round speech71.)
    expect(heroAliases(`${story}镇长黄立群说，…`, ['黄立群'])).toEqual(['黄振华']);
    expect(heroAliases('本报讯 先进事迹报告会举行。黄书记常说：“…”', [])).toEqual([]);
    const paragraphs = [
      '本报讯 黄振华同志先进事迹报告会在县委党校举行。黄振华生前系某镇党委书记。',
      '报告团成员、镇干部农小梅回忆说，黄书记常跟我们讲：“干部就要把群众的冷暖放在心上。”',
    ].map((text) => ({ kind: 'p' as const, text }));
    const out = quoteCandidates({ paragraphs, type: '文章', speakers: [], title: '黄振华同志先进事迹报告会侧记' });
    expect(out).toContainEqual(expect.objectContaining({ speaker: '黄振华', text: '干部就要把群众的冷暖放在心上。' }));
  });

  it('gives 嘉宾： turns to the one guest the head names after the host', () => {
    const turns = transcriptTurns([
      '本期节目主持人：林晓 嘉宾：省委党校教授 蒋立群',
      '主持人：怎么看基层减负？',
      '嘉宾：减负不是减责任，而是减形式。',
    ]);
    expect(turns[2]?.name).toBe('蒋立群');
    const two = transcriptTurns(['嘉宾：教授 蒋立群、村支书 韦大海', '主持人：怎么看？', '嘉宾：减负不是减责任。']);
    expect(two[2]).toBeNull();
  });
});

describe('the people of a story, and their words', () => {
  it("credits those who received a 回信 with their own words, never the letter's writer", () => {
    const out = quotes('回信激励我们奋斗', [
      '本报讯 习近平总书记近日给石门村的乡亲们回信，勉励大家把日子过得更加红火。',
      '种粮大户韦大山激动地说：“只要肯干，地里也能长出好日子来。”',
      '返乡创业青年黄小燕说，家乡的路越走越宽，我们的干劲越来越足。',
    ]);
    expect(out).toContainEqual(['韦大山', '只要肯干，地里也能长出好日子来']);
    expect(out).toContainEqual(['黄小燕', '家乡的路越走越宽，我们的干劲越来越足']);
    expect(out.some(([s]) => s === '习近平' || s === '韦大')).toBe(false);
  });

  it("reads a 读书班 member's 交流时谈到, and leaves a pledge, a listener's word and a directive to a body out", () => {
    const out = quotes('市委党校读书班交流研讨', [
      '本报讯 读书班举行交流研讨。',
      '市民政局局长蓝海涛交流时谈到，困难群众的急难愁盼，就是我们工作的发力点。',
      '报告团成员陆志明说，我们要接过前辈的接力棒，把家乡建设得更美。',
      '蓝海涛要求，各级民政部门要把兜底保障的网织得更密。',
      '学员代表韦明说，听了交流，心里更有底了。',
    ]);
    expect(out).toContainEqual(['蓝海涛', '困难群众的急难愁盼，就是我们工作的发力点']);
    expect(out.some(([, t]) => /接力棒|各级民政部门|听了交流/.test(t!))).toBe(false);
  });

  it('reads “百姓名嘴”、老支书 and 退休教师 before a name as the subject the next 他/她 is', () => {
    const lecture = '在石桥村，“百姓名嘴”、老支书韦德明用拉家常的方式讲起了村里的变化。他说，日子是干出来的。';
    expect(whom([lecture], ['韦德明'])[0]).toEqual(['韦德明']);
    const song = '退休教师黄秀英把政策编成了山歌，唱得大家连声叫好。她说，政策讲到心坎上，才能落到行动上。';
    expect(whom([song], ['黄秀英'])[0]).toEqual(['黄秀英']);
  });
});

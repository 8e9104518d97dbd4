// Round h68 (history-fixtures/labels-h68.json): undated 1949–78 prose in the period's ways of writing — a year in Han
// numerals, 工宣队 and 毛主席语录, 两报一刊, the 1965 base year, 打倒…！ and 万万岁, 1952's 三反 as its own campaign, the
// 社教工作队, 1957's 大辩论, 社会帝国主义 behind its banner, 1970's 国家要独立 — as weak signs (weak-signs.ts): two of them,
// or one beside a set phrase, make it historical; one alone, a later year or a later voice leave it current.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const EARLY = /新中国成立初期|全面建设社会主义时期|大跃进/;
const CR = /文化大革命/;
const NEUTRAL = /1978年12月以前/;

describe('two weak signs of the period’s writing', () => {
  it.each([
    ['一九七三年，全省化肥产量比一九六五年增长两倍多，基本满足了农业的需要。', CR],
    ['工宣队进驻以后，全校师生每天早上学习毛主席语录，下午到工厂参加劳动。', CR],
    ['全社干部认真学习一九七四年元旦两报一刊社论，决心把农业生产搞上去。', CR],
    ['社教工作队依靠贫下中农，帮助生产队清理了账目，干部的作风有了转变。', EARLY],
    ['三反运动结束以后，各机关要巩固三反的成果，把节约制度坚持下去。', EARLY],
    ['全乡开展两条道路的大辩论，富裕中农的资本主义思想受到了批判。', EARLY],
    ['社会帝国主义打着“和平”的幌子，到处扩张。第三世界国家要团结起来。', NEUTRAL],
    ['国家要独立、民族要解放、人民要革命，这是第三世界人民的共同心声。', NEUTRAL],
    ['会场上群情激昂，人们高呼：打倒美帝！毛主席万岁！万万岁！', NEUTRAL],
    ['根据周总理的指示，各公社要搞好生产队的集体生产，做好抗旱工作。', NEUTRAL],
    ['一九七七年，全省电力、冶金工业都要高速度发展，为农业提供更多的支援。', NEUTRAL],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });

  it('大干快上 beside the drive to 加速实现四个现代化: the years before the plenum', () => {
    expect(note('职工们大干快上，决心为加速实现四个现代化作出新的贡献。')).toMatch(/三中全会前/);
  });
});

describe('what stays current', () => {
  it.each([
    // One weak sign alone: a museum's 工宣队 armband, today's 第三世界, a project's 大干快上.
    '展柜里陈列着一本《毛主席语录》和一枚工宣队袖章，吸引了不少年轻观众。',
    '中国永远是第三世界国家的可靠朋友，永远不称霸，永远不做超级大国。',
    '项目部全体员工大干快上，为加快建设交通强国贡献力量。',
    // Today's report ends on 万岁！ alone.
    '伟大、光荣、正确的中国共产党万岁！伟大、光荣、英雄的中国人民万岁！',
    // A year after 1978 named beside them (二〇二四年), or a year of the period in Arabic digits.
    '一九七五年，村里修起了小水库；二〇二四年，村里建成了高标准农田，农业高速度发展。',
    '1978年，国家提出加速实现四个现代化，向四个现代化进军的新长征由此开始。',
    // 1979's report: 实现四个现代化 beside the gang's remnants, and 一九七七年 beside the gang's fall.
    '我们要在实现四个现代化的同时，同“四人帮”的残余和其他敌对分子进行斗争。',
    '同粉碎“四人帮”的时候相比，一九七七年以来我们经济的恢复和发展已经取得很大成绩。',
    // A memoir's 多年后 looks back, as 多年以后 does.
    '一九六八年冬天，他到草原插队。五十多年后，他整理出版了当年的日记，回忆接受再教育的日子。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });
});

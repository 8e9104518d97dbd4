// Round h67 (history-fixtures/labels-h67.json): undated 1949–78 prose whose only signs are weak (weak-signs.ts): two of
// them, or one beside a period's set phrase, make it historical; one alone, a year of those periods in Arabic digits or
// a later voice beside them leave it current. 1958's white flags and the 1958–60 form of the education policy are
// enough alone (single-sign.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'history-fixtures');
const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const EARLY = /新中国成立初期|全面建设社会主义时期|大跃进/;
const NEUTRAL = /1978年12月以前/;

describe('two weak signs, or one beside a set phrase', () => {
  it.each([
    ['全厂职工在抗美援朝运动中订立了爱国公约，开展爱国主义劳动竞赛。', EARLY],
    ['土地改革完成以后，各地党委要领导农民组织起来，发展互助组。', EARLY],
    ['经过三反、五反运动，工商业者中的行贿、偷税漏税等违法行为受到了揭露和处理。', EARLY],
    ['各地在镇压反革命运动中，依靠群众，检举揭发了反动会道门头子。', EARLY],
    ['公共食堂是人民公社的重要组成部分。各公社要做到粮菜混吃、节约用粮。', /大跃进/],
    ['车间工人理论小组联系林彪鼓吹孔孟之道的罪行，写出了三十多篇批判文章。', /文化大革命/],
    ['两霸争夺的重点在欧洲。第三世界国家日益觉醒，团结起来。', NEUTRAL],
    ['在本世纪内把我国电力工业搞上去，适应国民经济高速度发展的需要。', NEUTRAL],
    ['油田职工大干快上，提前完成了全年计划，决心在新长征中再立新功。', /三中全会前/],
    ['美國侵略集團繼續武裝佔領我國領土台灣，在台灣海峽製造緊張局勢。', EARLY],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });
});

describe('enough alone', () => {
  it('1958’s white flags pulled out, and the education policy in its 1958–60 form (the Leap’s note)', () => {
    expect(note('经过辩论，乡里拔掉了几面白旗，干部和社员的干劲更足了。')).toMatch(/大跃进/);
    expect(note('必须坚决贯彻教育为工人阶级政治服务、教育与生产劳动相结合的方针。')).toMatch(/大跃进/);
    // A banner's name and a place are no campaign.
    expect(status('正镶白旗是大兴区对口帮扶的贫困旗之一，白旗兜兰如今已推广到各地。')).toBe('现行');
  });
});

describe('what stays current', () => {
  it.each([
    // One weak sign alone.
    '3月5日，市团委组织青年志愿者开展学雷锋活动，贫下中农出身的老党员也来了。',
    '我们愿意同其他第三世界国家一起，为建立新的国际经济秩序而努力。',
    // A year of the period in Arabic digits: a later narration.
    '1950年冬至1951年，全县开展镇压反革命运动，取缔反动会道门，社会秩序迅速安定。',
    '1951年，常香玉在抗美援朝运动中义演半年，捐献了一架战斗机。',
    // The decade named by its century: a look back.
    '二十世纪七十年代，中国提出三个世界划分的理论，坚定地站在第三世界一边，反对两霸的霸权主义。',
    // A later voice beside them.
    '我们遵循毛泽东同志关于三个世界的论断，加强同第三世界各国的团结，反对两霸的争夺。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });

  it('1979’s foreign-affairs report (社会帝国主义 beside the 第三世界) stays current', () => {
    for (const f of ['h29-15-gov-1979-foreign-undated.txt', 'h29h-8-gov-1979-vietnam-undated.txt'])
      expect(status(fs.readFileSync(path.join(FIXTURES, f), 'utf8'))).toBe('现行');
  });

  it('the 1978 report quoting the chairman’s 二十世纪四十年代 stays historical', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'h25-10-gov-1978-turn-undated.txt'), 'utf8');
    expect(status(text)).toBe('历史文献');
  });
});

// Causes of fill68's bad 金句 填空 (questions-fill68.json, questions-fillimported68.json, round qfill68): a blank with a
// twin as right as the key. A 金句's best word that is such a blank drops the 填空 (keyBlanks with oneWord).
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { figurativeRole } from '../../../electron/core/quiz/open-subject.js';

/** The blanks of a 金句 填空 (quote-fill.ts: one word where no 提法 is). */
const blanked = (line: string) => keyBlanks(line, line.length > 30 ? 2 : 1, undefined, false, true).map((b) => b.text);

describe('a word with a twin as right as itself', () => {
  it.each([
    ['奋斗铸就辉煌，实干赢得未来。', '铸就'],
    ['生命高于一切，安全重于泰山。', '高于一切'],
    ['有权不可任性，用权必受监督。', '有权'],
    ['中华民族不仅能够创造经济奇迹，也一定能够创造新的文化辉煌。', '中华民族'],
    ['老百姓的事情再小也是大事。', '老百姓'],
    ['不坚决推进改革，国有企业就没有出路。', '推进改革'],
    ['团结就是大局，团结就是力量。', '大局'],
    ['团结就是力量，团结才能胜利。', '力量'],
    ['把市场主体的活跃度保持住、提上去，是促进经济平稳增长的关键所在。', '关键'],
    ['营商环境就是生产力，服务企业就是服务发展。', '营商'],
  ])('is no blank: %s', (line, word) => {
    expect(blanked(line)).not.toContain(word);
  });
  it('a figurative role closing a judgement (【基石】: 基础 fits) in any line, not the plain one', () => {
    const line = '教育、科技和人才，是国家强盛、民族振兴的基石，也是综合国力的核心。';
    const at = line.indexOf('基石');
    expect(figurativeRole(line, { start: at, end: at + 2, text: '基石' })).toBe(true);
    const plain = '农业是国民经济的基础。';
    const p = plain.indexOf('基础');
    expect(figurativeRole(plain, { start: p, end: p + 2, text: '基础' })).toBe(false);
  });
});

describe('guards: the point of the line keeps its blank', () => {
  it.each([
    ['中华民族是一个大家庭，促进各民族和睦相处、和衷共济、和谐发展，是各族人民的根本利益和共同责任。', '中华民族'],
    ['人类只有一个地球，各国共处一个世界。', '人类'],
    ['奋斗创造历史，实干成就未来。', '历史'],
    ['安不忘危，兴不忘忧。', '安不忘危'],
    ['农业是国民经济的基础。', '基础'],
    ['实体经济是一国经济的立身之本、财富之源。', '实体'],
  ])('%s → %s', (line, word) => {
    expect(blanked(line)).toContain(word);
  });
});

// Round h69 (history-fixtures/labels-h69.json): undated 1949–78 prose whose signs the code missed — a 1980 or 1985 goal
// in Han numerals, 大干快上 with the 四个现代化, 1952's 大老虎, the 互助组 that supports the front, 1961–65's 精简职工,
// 三老四严, grain past the 纲要, the 学大寨 conference, the first plan pledged and the capitalists' transformation under
// way — and today's texts that look old: a 党史 story's moral, a guide's address to visitors, a memoir's 那时候.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const FOUNDING = /新中国成立初期/;
const BUILDING = /全面建设社会主义时期/;
const NEUTRAL = /1978年12月以前|三中全会前/;

describe('1949–78 prose with the signs round h69 reads', () => {
  it.each([
    ['化肥工业要适应农业高速度发展的需要，为在一九八五年实现化肥自给而奋斗。', NEUTRAL],
    ['拖拉机厂要多出产品，为一九八〇年基本上实现农业机械化作出贡献。', NEUTRAL],
    ['全厂职工大干快上，决心为实现四个现代化多作贡献。', NEUTRAL],
    ['在三反运动中，本单位打出了两只大老虎，追回了赃款。', FOUNDING],
    ['各村要把劳动力组织起来，发展互助组，多打粮食，支援抗美援朝。', FOUNDING],
    ['根据调整、巩固、充实、提高的方针，全厂精简了三百名职工。', BUILDING],
    ['工业学大庆，全矿职工发扬三老四严的作风，安全生产创造了新纪录。', NEUTRAL],
    ['全国农业学大寨会议以后，各生产队冬修水利的劲头更足了。', NEUTRAL],
    ['农业学大寨，全大队粮食亩产跨过了纲要，社员们干劲更足了。', NEUTRAL],
    ['为了保证完成第一个五年计划，全厂职工开展劳动竞赛。', FOUNDING],
    ['全行业公私合营以后，工商业者积极参加社会主义改造。', FOUNDING],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });
});

describe('what stays current', () => {
  it.each([
    // A goal year told as the past is no goal: 1983's report (在一九八二年提出的 beside 一九七八年).
    '中国同日本在一九七八年签订和平友好条约以来，我们在一九八二年提出的三项原则得到了赞同。',
    // A later year named beside the 1985 goal (比一九八〇年), as a 1982 plan does.
    '到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八〇年增长百分之十，农业高速度发展。',
    // One sign alone: today's project 大干快上, today's 大老虎.
    '施工人员大干快上，确保重点项目年底前建成投用。',
    '一批大老虎被依法查处，反腐败斗争取得压倒性胜利。',
    // A 党史 story's moral and the Party's words of today.
    '三反运动中，刘青山、张子善成为震惊全国的大老虎。这个故事告诉我们，反腐败斗争永远在路上。',
    '三反运动中打出了一批大老虎。全面从严治党，必须坚持无禁区、全覆盖、零容忍。',
    // A guide's address to visitors at a memorial.
    '各位游客，抗美援朝运动中，全国人民踊跃捐献飞机大炮，支援前线。',
    // A memoir's clause told as then (那时候……): its 学大寨 is the past, beside the narrator's year in Han numerals.
    '一九七五年，我回乡当了大队会计，那时候各生产队都在学大寨，天天上山修梯田。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });
});

// Round h28: undated excerpts of the 1964–1978 reports in plain prose (history-fixtures/labels-h28.json).
// Each rule dates a text by what it treats as current — its models, its enemies, its campaigns, the
// head of state it follows — or by what it names (the 四人帮, dating it after October 1976). Every
// text below holds one set phrase the old rules knew, so the new one is what makes the second.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('what an undated text of 1955–1978 treats as current', () => {
  it('the peasants’ capitalist tendency as the enemy to overcome', () => {
    const text = '所有社队都要深入进行党的基本路线教育，不断克服资本主义自发倾向。要继续调整、巩固、充实、提高。';
    expect(status(text)).toBe('历史文献');
    const criticised = '各级领导要抓紧阶级斗争和路线斗争，批判资本主义倾向。要深入开展斗私批修。';
    expect(status(criticised)).toBe('历史文献');
  });

  it('大寨 as the model to follow, not 大寨人’s spirit praised', () => {
    const text = '县、社、队干部都要象大寨、昔阳县的干部那样，积极参加集体生产劳动。要继续调整、巩固、充实、提高。';
    expect(status(text)).toBe('历史文献');
    const praised =
      '要大力发扬大庆人、大寨人自力更生、艰苦创业的革命干劲。农业是国民经济的基础，要继续调整、巩固、充实、提高。';
    expect(status(praised)).toBe('现行');
  });

  it('grain and politics put in command, and the 1958 line’s 多快好省', () => {
    expect(status('我们要继续执行以粮为纲、多种经营的方针。要继续调整、巩固、充实、提高。')).toBe('历史文献');
    expect(status('要坚持无产阶级政治挂帅。在苏联和各人民民主国家的援助下加速建设。')).toBe('历史文献');
    expect(status('要多快好省地完成建设任务。在苏联和各人民民主国家的援助下加速建设。')).toBe('历史文献');
  });

  it('the 三大革命运动 and the 社教 as a campaign still to be widened', () => {
    expect(status('干部要深入三大革命运动第一线。要继续调整、巩固、充实、提高。')).toBe('历史文献');
    const widened =
      '在更加深入、广泛地开展城乡社会主义教育运动的基础上，大力组织工农业生产的新高潮。要继续调整、巩固、充实、提高。';
    expect(status(widened)).toBe('历史文献');
    // Named as past, the 社教 is a later text's history.
    const told = '1963年至1966年在城乡开展的社会主义教育运动，后来被纠正。要继续调整、巩固、充实、提高。';
    expect(status(told)).toBe('现行');
  });

  it('the revolution in ideas to be carried through, 刘少奇主席’s instructions, 知识分子劳动化', () => {
    const base = '要同帝国主义、现代修正主义和各国反动派进行斗争。';
    expect(status(`${base}必须把思想文化战线上的社会主义革命进行到底。`)).toBe('历史文献');
    expect(status(`${base}必须根据刘少奇主席的指示，试办半工半读的学校。`)).toBe('历史文献');
    expect(status(`${base}知识分子劳动化，劳动人民知识化，是我们文化革命的目标。`)).toBe('历史文献');
  });

  it('抓纲治国 said of any field (抓纲治军)', () => {
    const text = '人民解放军要抓纲治军，发扬我军光荣传统。要学习无产阶级专政的理论。';
    expect(status(text)).toBe('历史文献');
  });
});

describe('words of the twenty years before the plenum that no one period owns', () => {
  it('date a text only as written before the plenum', () => {
    const text =
      '开展社会主义劳动竞赛，是多快好省地发展国民经济的重要方法。要掀起一个比、学、赶、帮、超的热潮，' +
      '坚决反对铺张浪费、大手大脚的资产阶级作风。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前（1978年12月以前）/);
    // With a period's own words beside them, that period dates the text: 1961–65's readjustment, the 1956–66 note.
    const early = '我们要继续执行以粮为纲、多种经营的方针。要继续调整、巩固、充实、提高。';
    expect(note(early)).toMatch(/全面建设社会主义时期/);
  });
});

describe('a text in an older period’s words that names the 四人帮', () => {
  it('is dated after their fall, before the plenum', () => {
    const text =
      '各级革命委员会都要坚持“三要三不要”的基本原则，深入三大革命运动第一线。' +
      '前几年由于“四人帮”的干扰破坏，使不少地方的革命委员会陷于瘫痪。';
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(/三中全会前/);
    // Another gang called so (叛国乱港四人帮) dates nothing.
    const cr = '各级革命委员会要抓革命，促生产。所谓“叛国乱港四人帮”一词，是后来的说法。';
    expect(note(cr)).toMatch(/文化大革命/);
  });

  it('leaves a 1979 text current: the 社队 and the 四人帮’s 流毒 are its words too', () => {
    const text =
      '我们要继续肃清林彪、“四人帮”极左路线的流毒，稳定三级所有、队为基础的制度，保护和尊重社队的所有权和自主权。' +
      '要大力发扬大庆人、大寨人自力更生、艰苦创业的革命干劲。';
    expect(status(text)).toBe('现行');
  });
});

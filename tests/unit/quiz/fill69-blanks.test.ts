// Causes of fill69's bad 金句 填空 (questions-fill69.json, questions-fillimported69.json, round qfill69): a role word
// beside another, one quality of a pledge's series, the last of a chain of 关键看, the field of a closing cheer. A 金句's
// best word that is such a blank drops the 填空 (keyBlanks with oneWord); the cheer's field is asked of every blank.
import { describe, expect, it } from 'vitest';
import { chainTurnsOn, cheerField, pairedRole, twinNamedSubject } from '../../../electron/core/quiz/blank-given.js';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';

/** The blanks of a 金句 填空 (quote-fill.ts: one word where no 提法 is). */
const blanked = (line: string) => keyBlanks(line, line.length > 30 ? 2 : 1, undefined, false, true).map((b) => b.text);
const span = (line: string, word: string) => {
  const start = line.indexOf(word);
  return { start, end: start + word.length, word, text: word };
};

describe('a blank another word fills as well', () => {
  it.each([
    ['缩小城乡区域差距，既是调整经济结构的重点，也是释放发展潜力的关键。', '重点'],
    ['公平竞争是市场经济的核心，公正监管是公平竞争的保障。', '核心'],
    [
      '我们一定要以对国家和人民高度负责的精神，以不畏艰难的勇气、坚忍不拔的意志，尽心竭力做好工作，使人民政府不负人民重托！',
      '不畏艰难',
    ],
    ['农村富不富，关键看支部；支部强不强，关键看头羊。', '头羊'],
    // fill68's leftovers: a plan of rank, a prospect said to be bright.
    ['发展科技、教育，是实现经济振兴和国家现代化的根本大计。', '根本大计'],
    ['中国经济有潜力、有韧性、有优势，中国的发展前景一定会更好。', '发展前景'],
  ])('is no blank: %s', (line, word) => {
    expect(blanked(line)).not.toContain(word);
  });
  it('a role word beside a clause closing on another role word (核心 beside 保障)', () => {
    const line = '公平竞争是市场经济的核心，公正监管是公平竞争的保障。';
    expect(pairedRole(line, span(line, '核心'))).toBe(true);
  });
  it('a 提法 under two names opening the line (【非公有制经济】是…: 民营经济), not in the 两个毫不动摇', () => {
    const line = '非公有制经济是我国经济的重要组成部分。';
    expect(twinNamedSubject(line, span(line, '非公有制经济'))).toBe(true);
    const firm = '毫不动摇鼓励、支持、引导非公有制经济发展。';
    expect(twinNamedSubject(firm, span(firm, '非公有制经济'))).toBe(false);
  });
  it('the field of a closing cheer, a 提法 of the lexicon too (在推动【高质量发展】中再立新功)', () => {
    const line = '珍惜荣誉、再接再厉，在推动高质量发展中再立新功。';
    expect(cheerField(line, span(line, '高质量发展'))).toBe(true);
    expect(cheerField('高质量发展是新时代的硬道理。', span('高质量发展是新时代的硬道理。', '高质量发展'))).toBe(false);
  });
});

describe('guards: the point of the line keeps its blank', () => {
  it.each([
    // One role word and no other beside it: the Party's own wording.
    ['农业是国民经济的基础。', '基础'],
    // A single quality, not a series (以【钉钉子】的精神).
    ['以钉钉子精神抓好落实。', '钉钉子'],
  ])('%s → %s', (line, word) => {
    expect(blanked(line)).toContain(word);
  });
  it('one 关键看 is no chain', () => {
    const line = '乡村振兴，关键看产业。';
    expect(chainTurnsOn(line, span(line, '产业'))).toBe(false);
  });
  it('a role word beside a clause closing on no role word (主体 beside 第一资源)', () => {
    const line = '企业是技术创新的主体，人才是发展的第一资源。';
    expect(pairedRole(line, span(line, '主体'))).toBe(false);
  });
  it('a role word beside the same role word is not a pair of two', () => {
    const line = '创新是发展的动力，改革是发展的动力。';
    expect(pairedRole(line, span(line, '动力'))).toBe(false);
  });
});

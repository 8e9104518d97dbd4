// 他/她 after a sentence whose second person no name list knows: the object of a verb
// (`郑海川表扬了张大山`), or after 向/对/和/给/交给. The pronoun could be either person, and is often the
// second one (`她说，荣誉属于全村的乡亲们`): it stays unresolved. A sentence about one person and
// things (麦田, 高标准农田) still passes its person on.
import { describe, expect, it } from 'vitest';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import type { OwnName } from '../../../electron/core/knowledge/speakers.js';
import { mayNameUnlistedPerson } from '../../../electron/core/knowledge/unlisted-person.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const pronounsOf = (paragraphs: string[], own: OwnName[] = []) =>
  pronounSpeakers(paragraphs.map(foldForSearch), own).map((ps) => ps.map((p) => p.name));

describe('他/她 after a second person the name lists do not know', () => {
  const own = ['郑海川'];
  it.each([
    '郑海川表扬了张大山。他说，成绩是大家一起干出来的。',
    '郑海川和赵明亮一起翻看了台账。他强调：“问题要一件一件地销。”',
    '郑海川把荣誉证书交给李红梅。她说，荣誉属于全村的乡亲们。',
    '郑海川向张大山了解情况。他说，村里变化很大。',
    '郑海川对刘芳的工作表示肯定。她表示，将继续努力。',
    '郑海川给首批学员王小明颁发通知书。他说，一定学有所成。',
    '郑海川表扬了小王。他说，这是应该做的。',
    '郑海川表扬了驻村第一书记。他说，这是全村干部群众的功劳。',
  ])('%s → nobody', (text) => {
    expect(pronounsOf([text], own)).toEqual([[]]);
  });

  // A name with no common surname (阿依古丽, 买买提): the shape of the sentence alone leaves 她/他 open.
  it.each([
    '郑海川和阿依古丽一起查看了台账。她说，台账要一本一本地记。',
    '郑海川向买买提了解种植情况。他说，今年收成很好。',
  ])('%s → nobody', (text) => {
    expect(pronounsOf([text], own)).toEqual([[]]);
  });

  it('ends a chain of pronouns: 他 who then praises someone no list knows', () => {
    expect(pronounsOf(['郑海川强调：“要实干。”他表扬了张大山。他说，成绩属于大家。'], own)).toEqual([['郑海川']]);
  });

  it('a sentence about one person and places or things still gives its person', () => {
    expect(pronounsOf(['在东村，省委书记李明走进麦田察看长势。他指出，夏粮丰收是基础。'], ['李明'])).toEqual([
      ['李明'],
    ]);
    expect(pronounsOf(['李明实地察看了高标准农田建设。他强调，要把饭碗端牢。'], ['李明'])).toEqual([['李明']]);
    expect(pronounsOf(['李明同志走进麦田。他指出，夏粮丰收是基础。'], ['李明'])).toEqual([['李明']]);
    expect(
      pronounsOf(
        ['总书记在考察时曾经讲过，“要把群众的小事当作自己的大事来办”。他还强调，要让农民受益。'],
        [['总书记', '习近平']],
      ),
    ).toEqual([['习近平']]);
  });

  it('reads surname-and-given-name shapes as a person, words starting on a surname character not', () => {
    expect(mayNameUnlistedPerson('表扬了张大山。')).toBe(true);
    expect(mayNameUnlistedPerson('与王刚握手')).toBe(true);
    expect(mayNameUnlistedPerson('在考察时曾经讲过')).toBe(false);
    expect(mayNameUnlistedPerson('来到宏达公司生产车间，察看生产线运行情况。')).toBe(false);
    expect(mayNameUnlistedPerson('实地察看了黄河堤防加固工程。')).toBe(false);
  });
});

// Round speech60 (tests/eval/knowledge/quotes-speech60.json): a name right after a post is a person's even when the
// segmenter cuts it (surname list + a word boundary after it); a post run on from another's name is not part of the
// next one's; 他/她 who 强调 after calling on folk, or after a visit `在…陪同下`, is the visitor; a reporter's
// `他对我说：“…”` about the one person of a story is his; a feature's subtitle names its subject; `不怕…，就怕…` and
// `…，最终要看…` are a maxim's frames; `难点在…` after `难点在哪里？` only fills in the question.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { postedGivenName } from '../../../electron/core/knowledge/byline-name.js';
import { postedPeople } from '../../../electron/core/knowledge/posted-people.js';
import { articleSubjects } from '../../../electron/core/knowledge/article-subjects.js';
import { echoesQuestion } from '../../../electron/core/knowledge/echo-answer.js';
import { PATTERNS } from '../../../electron/core/knowledge/thesis-patterns.js';

const quotes = (title: string, lines: string[], type = '会议报道', speakers: string[] = []) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: speakers.map((name) => ({ name, role: null })), occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('a name after a post', () => {
  it('is read from the surname and a word boundary where jieba cuts it (方志/n 勇/n, 万/m 建平/n, 向/p 海燕/nr)', () => {
    expect(postedGivenName('方志勇', '县委书记方志勇陪同。')).toBe(true);
    expect(postedGivenName('万建平', '市委书记万建平、市长钱卫国出席会议。')).toBe(true);
    // (`勇到/x`: glued to the next word where the text first writes it, apart where it writes it again.)
    expect(postedGivenName('方志勇', '县委书记方志勇到柳溪村调研。方志勇察看了…')).toBe(true);
  });

  it('is no name where the third character starts the next word or the given name is a verb', () => {
    expect(postedGivenName('赵刚强', '副省长赵刚强调，')).toBe(false);
    expect(postedGivenName('王强调', '县委书记王强调研时')).toBe(false);
    expect(postedGivenName('林静介', '局长林静介绍了…')).toBe(false);
    expect(postedGivenName('宣传部', '县委宣传部')).toBe(false);
    expect(postedPeople('市委书记万建平、市长钱卫国出席会议并讲话。')).toEqual(
      expect.arrayContaining(['万建平', '钱卫国']),
    );
  });
});

describe('他/她 in an inspection', () => {
  it('after two leaders joined by a post is nobody certain (the first one was a post of the second)', () => {
    expect(
      quotes('全市安全生产会议召开', [
        '本报讯 1月5日，全市安全生产会议召开。市委书记万建平、市长钱卫国出席会议并讲话。',
        '会议通报了去年全市安全生产考核结果。',
        '他强调，安全生产是发展的底线，底线守不住，什么都无从谈起。',
      ]),
    ).toEqual([]);
  });

  it('is the visitor after a visit named under a post the segmenter cuts, a companion told alone between', () => {
    expect(
      quotes('省委副书记石建平到江口县督导', [
        '本报讯 6月3日，省委副书记石建平到江口县督导防汛工作。',
        '在江口大堤，石建平察看了河道水位。县委书记方志勇陪同。',
        '他强调，水情一日三变，守堤的责任一刻也不能松。',
      ]),
    ).toEqual([['石建平', '水情一日三变，守堤的责任一刻也不能松']]);
  });

  it('who 强调 after calling on folk (`看望了入住老人`), or exhorts after a briefing on a visit `在…陪同下`, is the visitor', () => {
    expect(
      quotes('市委副书记向海燕调研', [
        '本报讯 9月2日，市委副书记向海燕到城西街道调研。',
        '在康宁护理院，向海燕看望了入住老人。',
        '她强调，老人的事没有小事，照护的温度就是城市的温度。',
      ]),
    ).toEqual([['向海燕', '老人的事没有小事，照护的温度就是城市的温度']]);
    expect(
      quotes('省长章立平调研', [
        '本报讯 3月6日，省长章立平在市长孔祥云陪同下，到青州市调研制造业。',
        '在华峰公司，章立平详细了解企业研发情况。公司董事长邓建国介绍了技术攻关进展。',
        '他勉励企业，创新这条路，走得越早，路就越宽。',
      ]),
    ).toEqual([['章立平', '创新这条路，走得越早，路就越宽']]);
  });
});

describe('a reporter’s story', () => {
  it('gives `他对我说：“…”` to the one person it is about, and to nobody when it names two', () => {
    const one = [
      '我见到郑远山时，他正在麦田里查看苗情。郑远山在村里当了二十年农技员。',
      '说起种地，他对我说：“庄稼不会亏待勤快人，人也不能亏待庄稼。”',
    ];
    expect(quotes('麦田里的农技员', one, '文章')).toEqual([['郑远山', '庄稼不会亏待勤快人，人也不能亏待庄稼']]);
    const two = ['我跟着郑远山和郑小川一起下地。', one[1]!];
    expect(quotes('父子农技员', two, '文章')).toEqual([]);
    // (In a speech, words told to the speaker stay a remark of his story: round local21.)
    expect(
      quotes(
        '在全县农业工作会议上的讲话',
        ['同志们：', '有一位老农技员，他对我说：“庄稼不会亏待勤快人，人也不能亏待庄稼。”'],
        '讲话',
        ['钱志远'],
      ),
    ).toEqual([]);
  });

  it('names the subject of a feature by its subtitle', () => {
    expect(articleSubjects('山路通了\n——记大坪村党支部书记罗春生\n罗春生说，…')).toContain('罗春生');
    expect(articleSubjects('山路通了\n——记大坪村党支部')).toEqual([]);
  });
});

describe('frames of a maxim and echoed answers', () => {
  it('reads `不怕…，就怕…` and `…，最终要看/由/体现在…` as a thesis’s form', () => {
    expect(PATTERNS.test('干部不怕事多，就怕心散。')).toBe(true);
    expect(PATTERNS.test('发展的成果，最终要体现在群众的获得感上。')).toBe(true);
    expect(PATTERNS.test('我们不怕困难。')).toBe(false);
  });

  it('takes `难点在…` after `…难点在哪里？` for a bare answer', () => {
    expect(echoesQuestion('难点在部门之间。', '记者：改革的难点在哪里？')).toBe(true);
    expect(echoesQuestion('难点在部门之间。', '记者：改革的难点是什么？')).toBe(false);
  });
});

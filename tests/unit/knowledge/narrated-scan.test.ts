import { describe, expect, it } from 'vitest';
import { matchesWhere, narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { postedOfficials } from '../../../electron/core/knowledge/article-officials.js';

describe('matchesWhere', () => {
  const re = /代表([\u4e00-\u9fff]{3})说/g;

  it('scans the text when it holds every word', () => {
    const m = matchesWhere('代表刘振华说：要办实事。代表许丽萍说：好。', re, /代表/, /说/);
    expect(m.map((x) => x[1])).toEqual(['刘振华', '许丽萍']);
  });

  it('finds nothing without scanning when a word is missing', () => {
    // The pattern would match, but the text lacks a required word: the caller promised it never does.
    expect(matchesWhere('代表刘振华说：要办实事。', re, /委员/)).toEqual([]);
    expect(matchesWhere('没有人发言。', re, /代表/)).toEqual([]);
  });
});

describe('the name scans with their word checks', () => {
  it('still find a delegate, an exhorting official, a cited model and an interviewee', () => {
    const report =
      '代表刘振华在审议时说，要把惠民实事办好。调研中，宋佳明勉励青年职工扎根基层。' +
      '副会长邓志辉引述习近平主席的话说：“幸福都是奋斗出来的。”县长许志刚作了总结讲话。';
    expect(narratedNames(report)).toEqual(expect.arrayContaining(['刘振华', '宋佳明', '邓志辉', '许志刚']));
    expect(postedOfficials('丈夫王建国说：“她总是第一个到。”村民龚强说：“路修好了。”')).toEqual(
      expect.arrayContaining(['王建国']),
    );
  });

  it('find nobody in a text without those words', () => {
    expect(narratedNames('今年粮食产量稳中有升。各地抓好秋收秋种。')).toEqual([]);
  });
});

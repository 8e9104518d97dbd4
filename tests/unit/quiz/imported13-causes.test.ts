// Causes found by judging a thirteenth draw of questions from documents a user imports (the pages, Word/PDF
// papers and speech fixtures of round 19, tests/eval/knowledge/questions-imported13.json) and a twelfth
// library draw (questions-outside12.json): the words of deputies, villagers and press officers a news item
// quotes, a county's own figures, a 多选 distractor the report says without 的 (社会主义有计划商品经济), a thesis
// another report says with its words moved (社会主义社会的根本任务是发展生产力), a closing cheer (胜利一定是属于我们
// 的！), and blanks on half a word, a kind of people or the kind of a quoted name. The texts are written for
// these tests in the shapes of news items, interviews, reports and study articles.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { localPlan, saysNothing, titleGivesAway } from '../../../electron/core/quiz/quote-worth.js';
import { sharesWording } from '../../../electron/core/quiz/shared-wording.js';
import { nearRoleBlank } from '../../../electron/core/quiz/open-subject.js';
import { hanChars } from '../../../electron/core/text/normalize.js';
import type { SourceDoc } from '../../../electron/core/quiz/types.js';
import { quoteOf, sourceDoc, sourceOf } from './source-doc.js';

const only = (target: string) => (w: string) => (w === target ? 0 : 60);
const blanked = (text: string, target: string) => keyBlanks(text, 3, only(target)).map((b) => b.text);

/** A news item of a user's import (no speaker, no issuing body) and the library's reports beside it. */
const newsWith = (para: string): SourceDoc =>
  sourceDoc('u:news', 2026, [para], { type: '新闻', source: null, title: '市长参加东湖区代表团审议' });
const library = [2017, 2022].map((y) =>
  sourceDoc(`r:${y}`, y, [`${y}年，习近平同志指出，要坚持以人民为中心的发展思想。`], {
    speakers: ['李克强'],
  }),
);

describe('words of a person only the import knows', () => {
  it('a deputy quoted in a news item is asked nothing (政策要稳定…: what he said at one review)', () => {
    const line = '政策要稳定，执行要一致，企业才敢放心投资。';
    const news = newsWith(`代表郑立新说：“${line}”`);
    const qs = generateFromQuotes(sourceOf([news, ...library], [{ ...quoteOf(news, line, '郑立新') }]));
    expect(qs).toEqual([]);
  });

  it('guard: a leader the library names, quoted in the import, is still asked', () => {
    const line = '中国人的饭碗任何时候都要牢牢端在自己手上。';
    const news = newsWith(`发布人引用习近平总书记的话说：“${line}”`);
    const qs = generateFromQuotes(sourceOf([news, ...library], [quoteOf(news, line, '习近平')]));
    expect(qs.length).toBeGreaterThan(0);
  });
});

describe('a county’s own figures', () => {
  it('are not asked: 全县建成标准化茶园8万亩 is one place’s news', () => {
    const doc = sourceDoc('u:f', 2026, ['全县建成标准化茶园8万亩、中药材基地3万亩，带动3万余户农户增收。'], {
      type: '新闻',
      source: null,
      title: '特色产业铺就致富路',
    });
    expect(generateQuestions(sourceOf([doc], []), 'numbers').length).toBe(0);
  });

  it('guard: a national report’s figures are asked', () => {
    const doc = sourceDoc('r:f', 2024, ['全年城镇新增就业1244万人，城镇调查失业率平均为5.2%。'], {
      speakers: ['李强'],
    });
    expect(generateQuestions(sourceOf([doc], []), 'numbers').length).toBeGreaterThan(0);
  });
});

describe('a one-clause thesis another report says with its words moved', () => {
  const doc = (line: string) => sourceDoc('r:13', 1987, [line]);
  it('is the same wording (社会主义社会的根本任务是发展生产力): not asked which report', () => {
    const other = doc('第一，必须集中力量进行现代化建设。社会主义社会的根本任务是发展生产力。');
    const line = '社会主义的根本任务是发展社会生产力。';
    expect(sharesWording(line, other, hanChars(other.paragraphs[0]!.text))).toBe(true);
  });

  it('guard: a long list sharing a run of it is another sentence', () => {
    const other = doc('基本形成节约能源资源和保护生态环境的产业结构、增长方式、消费模式。');
    const line = '节约资源是保护生态环境的根本之策。';
    expect(sharesWording(line, other, hanChars(other.paragraphs[0]!.text))).toBe(false);
  });
});

describe('lines that say nothing to learn', () => {
  it('a closing cheer of victory (胜利一定是属于我们的！)', () => {
    expect(saysNothing('胜利一定是属于我们的！')).toBe(true);
    expect(saysNothing('最后的胜利必将属于伟大的中国人民！')).toBe(true);
  });

  it('a schedule one’s own plan sets (每月至少两次深入…一线)', () => {
    expect(localPlan('每月至少两次深入分管领域一线，现场协调解决问题，形成问题清单、责任清单、整改清单。')).toBe(true);
  });

  it('guard: a judgement on victory and a yearly duty stated as a rule stay', () => {
    expect(saysNothing('和平的力量，正义的力量，进步的力量，终究是不可战胜的。')).toBe(false);
    expect(localPlan('领导干部要经常深入基层，倾听群众呼声。')).toBe(false);
  });
});

describe('which document, given away by a word only its title has', () => {
  const others = ['发展党员工作实务', '深刻理解人民群众是历史的创造者', '南岭县“四下基层”解民忧'];
  it('an abbreviation (党建/j) or a word the segmenter does not know (做实/x)', () => {
    const line = '全市推行“网格+党建”模式，将党组织建在网格上，党员下沉到网格中。';
    expect(titleGivesAway(line, ['临江：党建引领基层治理见实效', ...others], 0)).toBe(true);
    const second = '做实，就是要把学习成果转化为推动工作的实际成效，以知促行、以行促知。';
    expect(titleGivesAway(second, ['在学懂弄通做实上下功夫', ...others], 0)).toBe(true);
  });
});

describe('blanks a learner cannot fill from the line', () => {
  it('half of a word the sentence spells whole (政之所兴在【顺民】心…逆民心)', () => {
    expect(blanked('政之所兴在顺民心，政之所废在逆民心。', '顺民')).not.toContain('顺民');
  });

  it('a kind of people after a level word (基层【党员干部】): 干部, 党员 fit as well', () => {
    const line = '基层党员干部学习党的创新理论，最要紧的是学思用贯通、知信行统一。';
    expect(blanked(line, '党员干部')).not.toContain('党员干部');
  });

  it('the kind of a quoted name (“网格+党建”【模式】): 机制 fits as well', () => {
    expect(blanked('全市推行“网格+党建”模式，将党组织建在网格上，党员下沉到网格中。', '模式')).not.toContain('模式');
  });

  it('guard: a whole word and a people word with no level before it keep their blank', () => {
    expect(blanked('民心是最大的政治，正义是最强的力量。', '政治')).toContain('政治');
    expect(blanked('要把群众满意作为检验党员干部工作成效的标准。', '党员干部')).toContain('党员干部');
  });
});

describe('a role word with a near twin closing a local judgement', () => {
  const at = (text: string, word: string) => ({
    start: text.indexOf(word),
    end: text.indexOf(word) + word.length,
    text: word,
  });
  it('has two keys (学习是干事创业的【基础】: 前提 is as right)', () => {
    const line = '学习是干事创业的基础，担当是干部的职责所在。';
    expect(nearRoleBlank(line, at(line, '基础'))).toBe(true);
  });

  it('guard: 关键 has no near twin, and a role word not closing the clause is no predicate', () => {
    const line = '书记抓、抓书记是加强基层党建的关键，必须压实书记第一责任人职责。';
    expect(nearRoleBlank(line, at(line, '关键'))).toBe(false);
    const other = '要夯实基础工作，补齐短板。';
    expect(nearRoleBlank(other, at(other, '基础'))).toBe(false);
  });

  it('a local line loses the blank; a line of the library keeps it', () => {
    const line = '学习是干事创业的基础，担当是干部的职责所在。';
    const local = sourceDoc('u:s', 2026, [line], { type: '文章', source: null, title: '以学促干 担当作为' });
    const fill = (doc: SourceDoc) =>
      generateFromQuotes(sourceOf([doc, ...library], [quoteOf(doc, line, null)])).filter(
        (q) => q.kind === '填空' && q.blanks.some((b) => b.text === '基础'),
      );
    expect(fill(local)).toEqual([]);
    expect(fill(sourceDoc('r:s', 2020, [line], { speakers: ['李克强'] })).length).toBeGreaterThan(0);
  });
});

// Causes found by judging a seventeenth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported17.json): a slot with a rival as standard as the key — the rank of a generic head (维护世界和平的
// 【坚定力量】, 作为【底线】任务), a mode of government service (推行“【一网通办】”), a clause of a series the library fills
// otherwise (【发展是第一要务】，人才是第一资源), an item of a list of one shape the library lists with another
// (新产业、新模式、【新动能】: 新业态) —, a twin distractor (现代化经济体系 beside 现代化产业体系), a counted kind of rule
// (中央八项【规定】) and a body's name (村“【两委】”班子). The texts are written for these tests in the shapes of those papers.
import { describe, expect, it } from 'vitest';
import { modifiesActor } from '../../../electron/core/quiz/fact-cut.js';
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromSeries } from '../../../electron/core/quiz/generate-series.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { blankPart } from '../../../electron/core/quiz/term-blank-part.js';
import {
  burdenSlot,
  rankOfHead,
  rivalListItem,
  serviceMode,
  slotFilledOtherwise,
} from '../../../electron/core/quiz/slot-rivals.js';
import { termDistractors, twinOf } from '../../../electron/core/quiz/term-distractors.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

/** Three county speeches (a user's imports, a local voice); the first says `line`. */
const speeches = (line: string): SourceDoc[] =>
  ['周建明', '林海燕', '黄晓峰'].map((who, i) =>
    sourceDoc(`u:s${i}`, 2025, [i ? `全县新建党群服务中心${i + 10}个。` : line], {
      type: '讲话',
      source: null,
      title: ['在全县经济工作会议上的讲话', '在全区优化营商环境大会上的讲话', '在县纪委全会上的工作报告'][i]!,
      speakers: [who],
    }),
  );
/** A shipped document (the library) saying `text`. */
const shipped = (text: string) => sourceDoc('b:lib', 2022, [text]);
/** The 填空 keys of a local line asked as a 金句 (cited: said by `who`). */
const quoteKeys = (line: string, library: SourceDoc[] = [], who: string | null = null) => {
  const docs = [...speeches(line), ...library];
  return keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, who)])));
};
/** The questions of `term` in a local line asked as a 提法. */
const termQuestions = (line: string, term: string, library: SourceDoc[] = []) => {
  const docs = [...speeches(line), ...library];
  const src: QuizSource = {
    ...sourceOf(docs, []),
    terms: [{ term, docId: 'u:s0', paragraph: 0, start: line.indexOf(term) }],
  };
  return generateFromTerms(src);
};
const termKeys = (line: string, term: string, library: SourceDoc[] = []) => keysOf(termQuestions(line, term, library));
const paragraphs =
  (...texts: string[]) =>
  () =>
    texts;

describe('the rank of a generic head', () => {
  it('is no key (维护世界和平的【坚定力量】: 重要力量; 作为【底线】任务: 首要)', () => {
    const peace = '中国是维护世界和平的坚定力量。';
    expect(rankOfHead(peace, at(peace, '坚定力量'))).toBe(true);
    const task = '把人员转移避险作为底线任务，坚决避免群死群伤。';
    expect(rankOfHead(task, at(task, '底线'))).toBe(true);
    expect(quoteKeys(peace, [shipped('我们始终认为，中国是维护世界和平的坚定力量。')])).not.toContain('坚定力量');
  });
  it('guard: a thing the predicate names, not its rank (战斗堡垒, 生命线, 根本任务)', () => {
    const task = '用党的创新理论武装全党是党的思想建设的根本任务。';
    expect(rankOfHead(task, at(task, '根本任务'))).toBe(false);
    const fort = '要把基层党组织建设成为有效实现党的领导的坚强战斗堡垒。';
    expect(rankOfHead(fort, at(fort, '战斗堡垒'))).toBe(false);
    const line = '群众路线是我们党的生命线和根本工作路线。';
    expect(rankOfHead(line, at(line, '生命线'))).toBe(false);
  });
});

describe('a mode of government service', () => {
  it('is no key: each fits the other’s sentence (推行“一网通办”, 推行“一件事一次办”)', () => {
    const line = '我们推行“一网通办”，企业开办时间压缩到一个工作日以内。';
    expect(serviceMode(line, at(line, '一网通办'))).toBe(true);
    const one = '要深化“放管服”改革，全面推行“一件事一次办”，让企业办事像网购一样方便。';
    expect(serviceMode(one, at(one, '一件事一次办'))).toBe(true);
    expect(termKeys(line, '一网通办')).toEqual([]);
  });
  it('guard: a programme or a system set in quotation marks stays (千万工程, 四议两公开, 三会一课)', () => {
    for (const t of ['千万工程', '四议两公开', '三会一课', '一国两制'])
      expect(serviceMode(`推行“${t}”。`, at(`推行“${t}”。`, t))).toBe(false);
    const covers = '深化“放管服”改革，“一件事一次办”事项扩大到56项。';
    expect(serviceMode(covers, at(covers, '一件事一次办'))).toBe(false);
    const line = '要学习运用“千万工程”经验，因地制宜、分类施策。';
    expect(termKeys(line, '千万工程')).toEqual(['千万工程']);
  });
});

describe('a clause of a series the library fills otherwise', () => {
  const line = '发展是第一要务，人才是第一资源，创新是第一动力。';
  const library = '必须坚持科技是第一生产力、人才是第一资源、创新是第一动力，深入实施科教兴国战略。';
  it('is no key (【发展是第一要务】，人才是第一资源: the library says 科技是第一生产力)', () => {
    expect(slotFilledOtherwise(line, at(line, '发展是第一要务'), paragraphs(library))).toBe(true);
    expect(termKeys(line, '发展是第一要务', [shipped(library)])).toEqual([]);
    expect(quoteKeys(line, [shipped(library)])).not.toContain('发展是第一要务');
  });
  it('guard: kept where the library says the same series, or nothing of it', () => {
    const same = '要多出有利于稳预期、稳增长、稳就业的政策。';
    const key = at(same, '稳就业');
    expect(slotFilledOtherwise(same, key, paragraphs('各地区各部门要多出有利于稳预期、稳增长、稳就业的政策。'))).toBe(
      false,
    );
    expect(slotFilledOtherwise(line, at(line, '发展是第一要务'), paragraphs('人才是第一资源。'))).toBe(false);
  });
});

describe('an item of a list of one shape', () => {
  const line = '加快培育新产业、新模式、新动能，推动经济实现质的有效提升。';
  it('is no key where the library lists its neighbours with another item of the shape (新业态)', () => {
    const library = paragraphs('数字经济不断壮大，新产业新业态新模式增加值占国内生产总值的比重达到17%以上。');
    expect(rivalListItem(line, at(line, '新动能'), library)).toBe(true);
    const lib = shipped('数字经济不断壮大，新产业新业态新模式增加值占国内生产总值的比重达到17%以上。');
    const also = sourceDoc('b:lib2', 2016, ['科技创新能力在持续提升，新产业、新模式、新动能在加快壮大。']);
    expect(quoteKeys(line, [lib, also])).not.toContain('新动能');
    expect(keysOf(generateFromSeries(sourceOf([...speeches(line), lib, also], [])))).not.toContain('新动能');
    expect(keysOf(generateFromSeries(sourceOf([...speeches(line), also], [])))).toContain('新动能');
  });
  it('guard: kept where the library’s list is the same (志气、骨气、底气) or holds no neighbour', () => {
    const pride = '增强做中国人的志气、骨气、底气。';
    expect(rivalListItem(pride, at(pride, '底气'), paragraphs('增强做中国人的志气、骨气、底气，不负时代。'))).toBe(
      false,
    );
    expect(rivalListItem(line, at(line, '新动能'), paragraphs('新动能加快成长。'))).toBe(false);
  });
});

describe('distractors, counted rules and bodies', () => {
  it('a twin is no distractor (现代化经济体系 beside 现代化产业体系)', () => {
    expect(twinOf('现代化产业体系', '现代化经济体系')).toBe(true);
    expect(twinOf('四个意识', '四个自信')).toBe(false);
    const line = '要聚焦三大主导产业，延链补链强链，加快构建具有本地特色的现代化产业体系。';
    for (const q of termQuestions(line, '现代化产业体系')) expect(q.options).not.toContain('现代化经济体系');
    const pool = ['现代化经济体系', '新发展格局', '和谐社会'];
    expect(termDistractors('现代化产业体系', pool, line.replace('现代化产业体系', ''))).not.toContain('现代化经济体系');
  });
  it('a counted kind of rule is asked whole (中央【八项规定】, not 八项【规定】); what else is counted stays asked', () => {
    expect(blankPart('八项规定')).toEqual({ start: 0, end: 4 });
    expect(blankPart('四个意识')).toEqual({ start: 2, end: 4 });
    const line = '要锲而不舍落实中央八项规定及其实施细则精神，坚决纠治“四风”。';
    expect(termKeys(line, '八项规定')).toEqual(['八项规定']);
  });
  it('a 提法 naming the body after it is not blanked there (村“两委”班子)', () => {
    expect(modifiesActor('班子成员5名')).toBe(true);
    expect(termKeys('深入实施“头雁”工程，调整优化村“两委”班子成员5名。', '两委')).toEqual([]);
  });
});

describe('a bad item imported16 left', () => {
  it('a task weighed as a burden is no key (【稳增长】的担子: 发展 fits)', () => {
    const line = '稳增长的担子必须牢牢扛在肩上，抓经济就要抓项目，抓项目就是抓未来。';
    expect(burdenSlot(line, at(line, '稳增长'))).toBe(true);
    expect(quoteKeys(line, [shipped('稳增长的担子必须牢牢扛在肩上。')])).not.toContain('稳增长');
    const plain = '要把稳增长放在更加突出的位置。';
    expect(burdenSlot(plain, at(plain, '稳增长'))).toBe(false);
  });
});

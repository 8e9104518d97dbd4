// Causes found by judging an eighteenth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported18.json): a long 提法 as a bare verb's whole object (必须坚持【党中央集中统一领导】), a distractor of
// the key's field said after the same verb (加快构建____。: 全国统一大市场), an item of a list whose neighbours share its
// head (食品安全、【交通安全】等方面), a count of big things (三大【攻坚战】) and a 提法 cut from a longer word (打赢
// 【脱贫攻坚】战, 村“【两委】”会议). The texts are written for these tests in the shapes of those papers.
import { describe, expect, it } from 'vitest';
import { cutFromWord } from '../../../electron/core/quiz/cut-term.js';
import { generateFromSeries } from '../../../electron/core/quiz/generate-series.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { blankPart } from '../../../electron/core/quiz/term-blank-part.js';
import { listNeighbours, unsaidListItem } from '../../../electron/core/quiz/list-item.js';
import { headRival } from '../../../electron/core/quiz/slot-rivals.js';
import type { QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';
import { at, keysOf, sourceDoc, sourceOf } from './source-doc.js';

/** A district speech (a user's import, a local voice) saying `line`, and two more so the library has neighbours. */
const speeches = (line: string): SourceDoc[] =>
  ['马立群', '周振华'].map((who, i) =>
    sourceDoc(`u:s${i}`, 2025, [i ? `全区新增规上工业企业${i + 20}家。` : line], {
      type: '讲话',
      source: null,
      title: ['在全区推进新型工业化大会上的讲话', '在全县防范化解重大风险工作会议上的讲话'][i]!,
      speakers: [who],
    }),
  );
const shipped = (...texts: string[]) => sourceDoc('b:lib', 2022, texts);
const paragraphs =
  (...texts: string[]) =>
  () =>
    texts;
/** The questions of `term` in a local line asked as a 提法 (the first a 填空, a second occurrence a 单选). */
const termQuestions = (lines: string[], term: string, library: SourceDoc[] = []) => {
  const docs = [...lines.flatMap((l, i) => speeches(l).map((d) => ({ ...d, id: `${d.id}-${i}` }))), ...library];
  const src: QuizSource = {
    ...sourceOf(docs, []),
    terms: lines.map((l, i) => ({ term, docId: `u:s0-${i}`, paragraph: 0, start: l.indexOf(term) })),
  };
  return generateFromTerms(src);
};

describe('a long 提法 as the whole object of a verb of upholding', () => {
  const lead = '必须坚持党中央集中统一领导，把党的领导贯穿推进新型工业化全过程各方面。';
  const library = paragraphs('坚持党的全面领导，坚持以人民为中心的发展思想。');
  it('is no key where the library says the verb before another 提法 of its head (坚持党的全面领导)', () => {
    expect(headRival(lead, at(lead, '党中央集中统一领导'), library)).toBe(true);
    const build = '要加快建设现代化产业体系，推动制造业高端化、智能化、绿色化发展。';
    expect(headRival(build, at(build, '现代化产业体系'), paragraphs('贯彻新发展理念，建设现代化经济体系。'))).toBe(
      true,
    );
    expect(keysOf(termQuestions([lead], '党中央集中统一领导', [shipped(library()[0]!)]))).toEqual([]);
  });
  it('guard: a short 提法, one the words after narrow, or a head the library says nowhere else after the verb', () => {
    const short = '要增强忧患意识，坚持底线思维，做到居安思危。';
    expect(headRival(short, at(short, '底线思维'), paragraphs('坚持系统思维，坚持底线思维。'))).toBe(false);
    const narrowed = '必须坚持党中央集中统一领导这一最高政治原则。';
    expect(headRival(narrowed, at(narrowed, '党中央集中统一领导'), library)).toBe(false);
    expect(headRival(lead, at(lead, '党中央集中统一领导'), paragraphs('坚持以人民为中心的发展思想。'))).toBe(false);
    const ties = '各级党委政府要当好服务企业的“店小二”，构建亲清政商关系。';
    expect(headRival(ties, at(ties, '亲清政商关系'), paragraphs('推动构建新型国际关系。'))).toBe(false);
    expect(keysOf(termQuestions([lead], '党中央集中统一领导'))).toEqual(['党中央集中统一领导']);
  });
});

describe('a distractor of the key’s field said after the same verb', () => {
  const lines = [
    '要坚定不移推动产业转型升级，加快构建现代化产业体系。',
    '要聚焦主导产业，延链补链强链，加快构建现代化产业体系。',
  ];
  const library = [
    '构建全国统一大市场，深化要素市场化改革。',
    '加快构建全国统一大市场。',
    '加快构建新发展格局。',
    '构建和谐社会。',
    '构建新型国际关系。',
    '发展开放型经济。',
  ];
  const others = ['全国统一大市场', '新发展格局', '和谐社会', '新型国际关系', '开放型经济'];
  /** The 单选 of the key's second occurrence, the library's 提法 found where it says them. */
  const choices = (texts: string[]) => {
    const docs = [
      ...texts.map((l, i) =>
        sourceDoc(`u:s${i}`, 2025, [l], { type: '讲话', source: null, title: `讲话${i}`, speakers: ['马立群'] }),
      ),
      sourceDoc('b:lib', 2022, library),
    ];
    const found = (docId: string, paras: string[], term: string) =>
      paras.flatMap((p, paragraph) => (p.includes(term) ? [{ term, docId, paragraph, start: p.indexOf(term) }] : []));
    const src: QuizSource = {
      ...sourceOf(docs, []),
      terms: [
        ...texts.flatMap((l, i) => found(`u:s${i}`, [l], '现代化产业体系')),
        ...others.flatMap((t) => found('b:lib', library, t)),
      ],
    };
    return generateFromTerms(src).filter((q) => q.kind === '单选' && q.blanks[0]?.text === '现代化产业体系');
  };
  it('is no option where the blank is the verb’s whole object (加快构建____。: 全国统一大市场)', () => {
    const qs = choices(lines);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.options).not.toContain('全国统一大市场');
    // Of another field (和谐社会, 新型国际关系) it stays an option.
    expect(qs[0]!.options).toContain('和谐社会');
  });
  it('guard: where words after the blank narrow it (…体系建设), the field’s 提法 stays an option', () => {
    const narrowed = lines.map((l) => l.replace('现代化产业体系。', '现代化产业体系建设。'));
    for (const q of choices(narrowed)) expect(q.options.length).toBeGreaterThan(0);
  });
});

describe('an item of a list whose neighbours share its head', () => {
  const line = '重点检查校舍安全、消防安全、食品安全、交通安全等方面，排查隐患213处。';
  it('is tied by the whole neighbour: the shared head ties nothing (食品安全、【交通安全】)', () => {
    expect(listNeighbours(line, line.indexOf('交通安全'), line.indexOf('交通安全') + 4)).toEqual(['食品安全交通安全']);
    const inLibrary = (han: string) => '统筹生产安全交通安全和网络安全'.includes(han);
    expect(unsaidListItem(line, at(line, '交通安全'), inLibrary)).toBe(true);
  });
  it('is asked by no series of four or more the library does not list (generate-series.ts)', () => {
    const summary = (text: string) =>
      sourceDoc('u:sum', 2025, [text], { type: '文件', source: null, title: '县教育局2024年度学校安全工作总结' });
    const lib = shipped('统筹生产安全、交通安全和网络安全。');
    expect(keysOf(generateFromSeries(sourceOf([summary(line), lib], [])))).not.toContain('交通安全');
    const rules = '严格遵守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。';
    const said = shipped('带动廉洁纪律、群众纪律、工作纪律、生活纪律严起来。');
    expect(keysOf(generateFromSeries(sourceOf([summary(rules), said], [])))).toContain('生活纪律');
  });
  it('guard: a set the library lists whole keeps its blank (工作纪律、【生活纪律】)', () => {
    const rules = '严格遵守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。';
    const inLibrary = (han: string) => '带动廉洁纪律群众纪律工作纪律生活纪律严起来'.includes(han);
    expect(unsaidListItem(rules, at(rules, '生活纪律'), inLibrary)).toBe(false);
  });
});

describe('a 提法 cut from a longer word', () => {
  it('a count of big things is asked whole (三大攻坚战, not 三大____)', () => {
    expect(blankPart('三大攻坚战', false, true)).toEqual({ start: 0, end: 5 });
    expect(keysOf(termQuestions(['要扎实打好三大攻坚战，守住底线。'], '三大攻坚战'))).toEqual(['三大攻坚战']);
    expect(blankPart('四个意识', false, true)).toEqual({ start: 2, end: 4 });
  });
  it('is no key where its stub is said joined to it, or a level of administration names its body', () => {
    const win = '近年来，我镇坚决打赢脱贫攻坚战，412户贫困户全部脱贫。';
    expect(cutFromWord(win, at(win, '脱贫攻坚'), (h) => '打赢脱贫攻坚战'.includes(h))).toBe(true);
    const body = '经过村党组织提议、村“两委”会议商议、党员大会审议。';
    expect(cutFromWord(body, at(body, '两委'), () => false)).toBe(true);
    expect(keysOf(termQuestions([win], '脱贫攻坚', [shipped('坚决打赢脱贫攻坚战。')]))).toEqual([]);
  });
  it('guard: a postposition or a verb before the quotation marks is no stub (全面建成小康社会后, 落实“四议两公开”)', () => {
    const after = '全面建成小康社会后，我们乘势而上。';
    expect(cutFromWord(after, at(after, '小康社会'), () => true)).toBe(false);
    const verb = '严格落实“四议两公开”，8项重大事项全部按程序决策。';
    expect(cutFromWord(verb, at(verb, '四议两公开'), () => true)).toBe(false);
    expect(keysOf(termQuestions(['巩固拓展脱贫攻坚成果，守住不发生规模性返贫底线。'], '脱贫攻坚'))).not.toEqual([]);
  });
});

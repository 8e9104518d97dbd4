// Round questions62 (RUBRIC.md): a member's own 提法 quota, asked only from a sentence about the term. The lines are the
// judged ones of imported19's quotaTrial, imported31 and imported59 (questions61's bad and acceptable quota questions).
import { describe, expect, it } from 'vitest';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { aboutTerm, asksTerm } from '../../../electron/core/quiz/member-quota.js';
import type { SourceDoc, SourceTerm } from '../../../electron/core/quiz/types.js';
import { sourceDoc, sourceOf } from './source-doc.js';

const about = (marked: string) => {
  const term = /【(.+?)】/.exec(marked)![1]!;
  return aboutTerm(marked.replace(/[【】]/g, ''), term);
};

describe('a sentence about the term', () => {
  it('what it is, its content or its place: the term opens the clause that states it', () => {
    expect(about('【群众路线】是党的生命线和根本工作路线。')).toBe(true);
    expect(about('我们要始终牢记，【人民对美好生活的向往】，就是我们的奋斗目标。')).toBe(true);
    expect(about('“【两个确立】”的决定性意义在于为新时代党和国家事业发展提供了根本保证。')).toBe(true);
  });
  it('not a slot a generic frame takes (在…上交出答卷, 推动…的实际行动, 进入…，, 把…放在/贯穿)', () => {
    expect(about('让我们以学促干、学用相长，在【新征程】上交出优异答卷！')).toBe(false);
    expect(about('要坚持学思用贯通、知信行统一，把学习成效转化为推动【高质量发展】的实际行动。')).toBe(false);
    expect(about('进入【新时代】，习近平总书记强调：“江山就是人民，人民就是江山。”')).toBe(false);
    expect(about('要把【保障和改善民生】放在更加突出的位置，多做雪中送炭的事。')).toBe(false);
    expect(about('让我们以更严的要求、更实的作风，推动全市政府系统【党风廉政建设】不断取得新成效。')).toBe(false);
    expect(about('建设宜居宜业和美乡村，是【农业强国】的应有之义。')).toBe(false);
  });
  it('not a dateline, an editor’s note or a source line', () => {
    expect(about('新华社北京9月6日电国务院9月6日下午举行第五次专题学习，围绕“加快发展【新质生产力】”进行学习。')).toBe(
      false,
    );
    expect(about('编者按：本文摘自党的十二大报告（1982年9月1日），供党员干部开展【党史学习教育】参考。')).toBe(false);
    expect(about('编者按：【全过程人民民主】是社会主义民主政治的本质属性，本文供学习参考。')).toBe(false);
  });
  it('not a slogan: a figure or a predicate too short to state anything', () => {
    expect(about('【蓝天保卫战】没有休止符，必须一年接着一年打。')).toBe(false);
    expect(about('【中国梦】是历史的、现实的，也是未来的；')).toBe(false);
    expect(about('【高质量发展】是硬道理！')).toBe(false);
  });
});

const TERM = '新发展理念';
const LIB = '必须完整、准确、全面贯彻新发展理念，坚持社会主义市场经济改革方向。';
const library = (id: string) => sourceDoc(id, 2024, [LIB], { title: `中共中央关于进一步全面深化改革的决定${id}` });
const member = (id: string, lines: string[]) =>
  sourceDoc(id, 2024, ['县委理论学习中心组专题学习', ...lines], { title: `县委理论学习中心组专题学习${id}` });
const termsOf = (doc: SourceDoc): SourceTerm[] =>
  doc.paragraphs.flatMap((p, paragraph) =>
    p.text.includes(TERM) ? [{ term: TERM, docId: doc.id, paragraph, start: p.text.indexOf(TERM) }] : [],
  );
// The member's quota is a 填空; a 单选 of the term's kind (term-kinds.ts) may take the shared second slot where the
// library's copies get no options (here, a source of three lines), which is the shared quota's, not this one's.
const askedIn = (docs: SourceDoc[]) =>
  generateFromTerms({ ...sourceOf(docs, []), terms: docs.flatMap(termsOf) })
    .filter((q) => q.docId?.startsWith('u:') && q.kind === '填空')
    .map((q) => q.fact);

describe("a member's own quota for a 提法", () => {
  const libs = [library('b:1'), library('b:2'), library('b:3')];
  const OWN = '新发展理念是一个系统的理论体系，回答了关于发展的目的、动力、方式、路径等一系列理论和实践问题。';
  it("a member's sentence about the term is asked though the library's copies hold the shared quota", () => {
    expect(askedIn([...libs, member('u:a', [OWN])])).toEqual([OWN]);
  });
  it("a member's whole object of 贯彻 takes the quota (questions64)", () => {
    const line = '全镇上下要完整准确全面贯彻新发展理念，推动经济社会高质量发展。';
    expect(askedIn([...libs, member('u:a', [line])])).toEqual([line]);
  });
  it("guard: a member's open slot takes no quota (要把新发展理念贯穿发展全过程)", () => {
    expect(askedIn([...libs, member('u:a', ['全县各级党组织要把新发展理念贯穿经济社会发展全过程和各领域。'])])).toEqual(
      [],
    );
  });
  it("guard: an answer in a page of turns is one person's wording", () => {
    const page = member('u:t', ['记者：今年有哪些新思路？', `答：${OWN}`, '记者：下一步怎么做？', '答：抓好落实。']);
    expect(askedIn([...libs, page])).toEqual([]);
  });
  it('the pick is fixed by the text: another import takes it over or leaves it, never moves it', () => {
    const a = member('u:a', [OWN]);
    const b = member('u:b', ['新发展理念是管全局、管根本、管长远的导向，具有战略性、纲领性、引领性。']);
    const c = member('u:c', ['新发展理念就是指挥棒、红绿灯，全镇上下要自觉用它统一思想。']);
    const alone = askedIn([...libs, a, b]);
    const withC = askedIn([...libs, a, b, c]);
    expect(alone).toHaveLength(1);
    expect(withC).toHaveLength(1);
    expect([alone[0], c.paragraphs[1]!.text]).toContain(withC[0]);
  });
});

// Round questions64 (RUBRIC.md): two more shapes, each good in every judged question it takes.
const asks = (marked: string) => {
  const term = /【(.+?)】/.exec(marked)![1]!;
  const fact = marked.replace(/[【】]/g, '');
  return asksTerm(fact, term, marked.indexOf('【'));
};

describe('a sentence that asks the term without being about it (questions64)', () => {
  it('an item of a series of quoted 提法: the formula the document teaches', () => {
    expect(asks('一年来，我深刻领悟“两个确立”的决定性意义，增强“【四个意识】”、坚定“四个自信”、做到“两个维护”。')).toBe(
      true,
    );
    expect(
      asks('全县各级党组织要深刻领悟“【两个确立】”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。'),
    ).toBe(true);
  });
  it('guard: a lone quoted term is no series (做好“三农”工作, 纠治“四风”, 推行“一件事一次办”)', () => {
    expect(asks('习近平对做好“【三农】”工作作出重要指示。')).toBe(false);
    expect(asks('各级政府要驰而不息纠治“【四风】”，坚决反对形式主义、官僚主义。')).toBe(false);
    expect(asks('深化“放管服”改革，推行涉企事项“【一件事一次办】”，让企业和群众办事更加便捷。')).toBe(false);
  });
  it('the whole object of 完整准确全面贯彻, 构建 or 实现, closing its clause', () => {
    expect(
      asks(
        '政府工作的总体要求是：坚持稳中求进工作总基调，完整准确全面贯彻【新发展理念】，坚持以人民为中心的发展思想。',
      ),
    ).toBe(true);
    expect(asks('要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建【新发展格局】。')).toBe(true);
    expect(asks('到二〇三五年，基本实现【国家治理体系和治理能力现代化】，基本实现社会主义现代化。')).toBe(true);
  });
  it('guard: 建设/推进/坚持/学习贯彻 take open slots, and a noun after the term makes it no whole object', () => {
    expect(asks('做好下一阶段经济工作，要坚持扩大内需战略基点，加快建设【现代化产业体系】，持续增进民生福祉。')).toBe(
      false,
    );
    expect(asks('要坚持党的全面领导，深入推进【依法行政】，严格落实中央八项规定及其实施细则精神。')).toBe(false);
    expect(asks('坚持【人民至上】，就要站稳人民立场。')).toBe(false);
    expect(
      asks('为深入学习贯彻【习近平新时代中国特色社会主义思想】，推进学习型党支部建设，结合本支部实际，制定本计划。'),
    ).toBe(false);
    expect(asks('重点抓好构建【全国统一大市场】、优化营商环境等改革任务的落实。')).toBe(false);
    expect(asks('勇做时代的弄潮儿，在实现【中国梦】的生动实践中放飞青春梦想。')).toBe(false);
  });
  it('guard: never a wrapper line or an exclamation', () => {
    expect(asks('新华社北京3月5日电 会议强调，要加快构建【新发展格局】。')).toBe(false);
    expect(asks('让我们完整准确全面贯彻【新发展理念】！')).toBe(false);
  });
});

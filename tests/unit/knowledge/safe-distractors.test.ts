// 单选 about a 提法: a distractor must look like an answer and never be one. None that stands
// elsewhere in the blank's whole frame (推进____建设 → 法治中国建设) unless the sentence itself
// rules it out, none from the blank's paragraph, none listed elsewhere with the formulations listed
// beside the blank; no question without two plausible safe ones. The sentences are written for
// these tests in the shapes of news and report text.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { blankFit, contextRulesOut } from '../../../electron/core/quiz/blank-fit.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import { termContexts } from '../../../electron/core/quiz/term-contexts.js';
import { termDistractors } from '../../../electron/core/quiz/term-distractors.js';
import type { QuizSource } from '../../../electron/core/quiz/types.js';

function source(docs: Record<string, string[]>): QuizSource {
  const src: QuizSource = { docs: new Map(), quotes: [], terms: [] };
  for (const [id, texts] of Object.entries(docs)) {
    const paragraphs = texts.map((text) => ({ kind: 'p' as const, text }));
    src.docs.set(id, {
      id,
      title: `测试文稿${id}`,
      type: '文章',
      date: '2024-05-01',
      year: 2024,
      source: null,
      speakers: [],
      occasion: null,
      paragraphs,
    });
    for (const t of extractTerms(paragraphs))
      for (const o of t.occurrences)
        src.terms.push({ term: t.term, docId: id, paragraph: o.paragraph, start: o.start });
  }
  return src;
}

/** The blank of the occurrence of `key` in paragraph `p` of `docId`, as generate-terms.ts builds it. */
function blankOf(src: QuizSource, docId: string, p: number, key: string) {
  const text = src.docs.get(docId)!.paragraphs[p]!.text;
  const at = text.indexOf(key);
  const contexts = termContexts(src);
  return blankFit(contexts, {
    key,
    frame: contexts.frameAt(docId, p, at),
    near: new Set(src.terms.filter((t) => t.docId === docId && t.paragraph === p).map((t) => t.term)),
    paragraph: text,
    rest: text.slice(0, Math.max(0, at - 3)) + '\n' + text.slice(at + key.length + 3),
  });
}

const LIBRARY = {
  lib: [
    '各地全面推进法治中国建设，把法治精神融入基层治理。',
    '我们推进网络强国建设，推动数字技术和实体经济深度融合。',
    '坚定不移走中国特色社会主义道路，坚持制度自信、道路自信。',
  ],
};

describe('safe 提法 distractors', () => {
  it('never offers one found elsewhere in the whole frame of the blank when nothing rules it out', () => {
    const src = source({
      ...LIBRARY,
      q: ['市县两级强化社会治安整体防控，推进平安中国建设，让群众更有安全感。'],
    });
    const blank = blankOf(src, 'q', 0, '平安中国');
    expect(blank.couldBeTrue('法治中国')).toBe(true);
    const picked = termDistractors('平安中国', ['法治中国', '网络强国'], '', blank);
    expect(picked).not.toContain('法治中国');
    expect(picked.length).toBeGreaterThanOrEqual(2);
  });

  it('offers a real collocation of the frame when the sentence says the answer is about something else', () => {
    const src = source({
      ...LIBRARY,
      q: ['拓展对外贸易，培育外贸新业态，推进贸易强国建设，稳住外贸基本盘。'],
    });
    const blank = blankOf(src, 'q', 0, '贸易强国');
    // “外贸…贸易” names trade; nothing names the network: 网络强国建设 is real and still wrong here.
    expect(blank.couldBeTrue('网络强国')).toBe(false);
    expect(blank.fitsFrame('网络强国')).toBe(true);
    expect(contextRulesOut('贸易强国', '网络强国', '拓展对外贸易，培育外贸新业态，推进\n，稳住外贸基本盘。')).toBe(
      true,
    );
    expect(contextRulesOut('贸易强国', '网络强国', '加快网络基础设施，推进\n')).toBe(false);
  });

  it('never offers a formulation of the blank’s own paragraph', () => {
    const src = source({ ...LIBRARY, q: ['坚持走中国特色社会主义道路，增强制度自信，也要增强理论自信和文化自信。'] });
    const blank = blankOf(src, 'q', 0, '理论自信');
    expect(blank.couldBeTrue('制度自信')).toBe(true);
    expect(blank.couldBeTrue('文化自信')).toBe(true);
  });

  it('never offers one listed elsewhere with the formulations listed beside the blank', () => {
    const src = source({
      lib: ['必须坚定道路自信、理论自信、制度自信、文化自信，保持战略定力。'],
      q: ['广大党员要坚定道路自信、理论自信，在学习中把牢方向。'],
    });
    // 理论自信 is listed with 道路自信 in the library: it would complete the list as truly as the key.
    const blank = blankOf(src, 'q', 0, '理论自信');
    expect(blank.couldBeTrue('制度自信')).toBe(true);
  });

  it('a 单选 offers none that could be read as true, or is not asked', () => {
    const src = source({
      ...LIBRARY,
      q: [
        '市县两级强化社会治安整体防控，推进平安中国建设，让群众更有安全感。',
        '基层派出所把矛盾化解在萌芽状态，努力建设更高水平的平安中国。',
      ],
    });
    const single = generateFromTerms(src, 2).filter((d) => d.kind === '单选' && d.blanks[0]?.text === '平安中国');
    expect(single).toHaveLength(1);
    for (const d of single) {
      expect(d.options).not.toContain('法治中国');
      expect(d.options.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('never offers a sibling of the key, a near-synonym or the key with more', () => {
    const src = source({
      lib: ['坚决打赢脱贫攻坚战，推动构建新型国际关系和人类命运共同体。', '实施精准扶贫、精准脱贫基本方略。'],
      q: ['中国愿同各国一道，推动构建人类命运共同体，让世界更美好。'],
      r: ['深度贫困地区群众增收渠道拓宽，脱贫攻坚取得决定性进展。'],
    });
    // Listed with the key elsewhere: it would take the key's place as truly.
    expect(blankOf(src, 'q', 0, '人类命运共同体').couldBeTrue('新型国际关系')).toBe(true);
    // Sharing 脱贫 with the key, and nothing in the sentence says which.
    expect(blankOf(src, 'r', 0, '脱贫攻坚').couldBeTrue('精准脱贫')).toBe(true);
    // 扩大金融业____ → 高水平对外开放 reads as true as 对外开放.
    expect(termDistractors('对外开放', ['高水平对外开放'], '')).not.toContain('高水平对外开放');
  });

  it('never offers a formulation that fits almost any blank', () => {
    const texts = Array.from({ length: 70 }, (_, i) => {
      const verb = `${String.fromCodePoint(0x4e00 + 2 * i)}${String.fromCodePoint(0x4e01 + 2 * i)}`;
      return `各地${verb}改革开放，取得了新的进展。`;
    });
    const src = source({ lib: texts, q: ['贫困地区群众收入稳步增长，脱贫攻坚取得决定性进展。'] });
    expect(termContexts(src).universal('改革开放')).toBe(true);
    expect(blankOf(src, 'q', 0, '脱贫攻坚').couldBeTrue('改革开放')).toBe(true);
  });

  it('gives no distractors when fewer than two plausible safe ones are left', () => {
    const onlyOne = { fitsVerb: () => false, fitsFrame: () => false, couldBeTrue: (t: string) => t !== '美丽中国' };
    expect(termDistractors('平安中国', [], '', onlyOne)).toEqual([]);
  });
});

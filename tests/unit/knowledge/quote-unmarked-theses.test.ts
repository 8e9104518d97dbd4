// Theses without a marked form that a reader still remembers — a general subject judged by a verb
// (决定着, 取决于), what comes first of all (重中之重), a universal judgement (一切…都是), a short
// maxim's second half (更须), a resolve declared (决不…！) — against the report prose of the same
// words that stays out. Invented sentences of the shapes the labelled reports use.
import { describe, expect, it } from 'vitest';
import { MIN_SCORE, resolves } from '../../../electron/core/knowledge/quote-rank.js';
import { styleOf } from '../../../electron/core/knowledge/sentence-style.js';
import { quoteScore } from './quote-score.js';

const score = quoteScore;

describe('a thesis without a marked form', () => {
  it.each([
    '干部的作风决定着事业的成败。',
    '一个地方的面貌取决于干部的担当。',
    '群众的口碑关系到政府的公信力。',
    '办好人民满意的教育，是我们全部工作的重中之重。',
    '社会的一切财富都是劳动创造的。',
    '使命在肩，更须实干担当。',
    '我们一定要迎难而上，扎实做好各项工作，决不辜负群众的重托！',
  ])('is a 金句: %s', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it.each([
    // A decision to start work, not a judgement (决定着手).
    '省政府决定着手修订城市规划条例。',
    // The judgement verb in a long clause of particulars, or before an instruction.
    '全省夏粮生产和秋粮播种工作的进展情况直接关系到下半年农民收入和农村市场的稳定。',
    '交通建设关系到发展，要加快推进铁路和公路网络建设。',
    // 一切 with an instruction is a rule of work, not a universal judgement.
    '一切工作都要围绕群众最关心的问题来安排。',
    // 更要 after a long clause, followed by more instructions, is a task list.
    '今年任务繁重，更要加强统筹协调，扎实推进各项工作。',
    // An exclamation without a resolve, and an instruction however emphatic.
    '全省人民欢欣鼓舞，大会胜利开幕了！',
    '我们要加强组织领导，一定要抓好各项工作的落实！',
  ])('stays ordinary prose: %s', (text) => {
    expect(score(text)).toBeLessThan(MIN_SCORE);
  });

  it('marks each form by its own feature', () => {
    expect(styleOf('干部的作风决定着事业的成败。').aphorism).toBe(true);
    expect(styleOf('省政府决定着手修订城市规划条例。').aphorism).toBe(false);
    expect(styleOf('社会的一切财富都是劳动创造的。').pattern).toBe(true);
    expect(styleOf('使命在肩，更须实干担当。').pattern).toBe(true);
    expect(resolves('我们一定要迎难而上，扎实做好各项工作，决不辜负群众的重托！')).toBe(true);
    expect(resolves('我们一定要迎难而上，扎实做好各项工作，决不辜负群众的重托。')).toBe(false);
    expect(resolves('全省人民欢欣鼓舞，大会胜利开幕了！')).toBe(false);
  });

  it('takes a claim bounded to a period for narration, not a general truth', () => {
    expect(styleOf('两省的协作关系在相当长一段时期内是良好的。').narration).toBe(true);
    expect(score('两省的协作关系在相当长一段时期内是良好的。')).toBeLessThan(MIN_SCORE);
    expect(styleOf('团结是战胜一切困难的力量。').narration).toBe(false);
  });
});

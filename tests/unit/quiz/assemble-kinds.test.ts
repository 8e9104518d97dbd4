// A practice set spreads question kinds as well as documents and kinds of fact: the default bank (stop 62: 190 填空 /
// 94 单选 / 16 判断, in id order) gave a first daily set of ten 填空 and a set of thirty with one 判断. assemble() is what
// 每日练习, 专题测验, 模拟考试 and the evaluation's draws share, so it is tested here on a bank of that shape.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../electron/core/quiz/assemble.js';
import type { QuestionDraft } from '../../../electron/core/quiz/types.js';

const FACTS = ['quote', 'term', 'number'] as const;

/** Question `i` of a bank: its own document sentence, twelve documents, fact kinds in turn; no give-aways. */
function question(i: number, kind: QuestionDraft['kind']): QuestionDraft {
  const token = `要点${i}号`;
  const fact = `${token}是原文里的一句话`;
  const choice = kind !== '填空';
  return {
    kind,
    factKind: FACTS[i % 3]!,
    docId: `doc${i % 12}`,
    paragraph: i,
    start: 0,
    end: fact.length,
    stem: kind === '判断' ? `判断正误：“${fact}”` : '',
    fact,
    options: kind === '判断' ? ['正确', '错误'] : choice ? ['甲', '乙', '丙', '丁'].map((x) => `${x}项${i}号`) : [],
    correct: choice ? [0] : [],
    blanks: kind === '单选' ? [] : [{ start: 0, end: token.length, text: token }],
    explanation: '',
    tags: [],
  };
}

/** A bank in generator order: the 填空 of the library first, then its 单选, then its few 判断 (19 : 9 : 2). */
const bank = (n: number) => [
  ...Array.from({ length: Math.round((n * 19) / 30) }, (_, i) => question(i, '填空')),
  ...Array.from({ length: Math.round((n * 9) / 30) }, (_, i) => question(1000 + i, '单选')),
  ...Array.from({ length: Math.round((n * 2) / 30) }, (_, i) => question(2000 + i, '判断')),
];
const kinds = (set: readonly QuestionDraft[]) => {
  const out: Record<string, number> = {};
  for (const q of set) out[q.kind] = (out[q.kind] ?? 0) + 1;
  return out;
};

describe('a practice set spreads question kinds', () => {
  it('the first daily set of ten holds every kind the bank has, none above three fifths', () => {
    const set = assemble(bank(200), 10);
    expect(set).toHaveLength(10);
    const k = kinds(set);
    expect(Object.keys(k).sort()).toEqual(['判断', '单选', '填空']);
    for (const n of Object.values(k)) expect(n).toBeLessThanOrEqual(6);
  });

  it('a set of thirty gives 判断 their share while the bank has them', () => {
    const k = kinds(assemble(bank(600), 30));
    expect(k['判断']).toBeGreaterThanOrEqual(6);
    expect(k['填空']).toBeLessThanOrEqual(18);
  });

  it('the kind spread gives way when one kind is all the bank has left', () => {
    const only = Array.from({ length: 40 }, (_, i) => question(i, '填空'));
    expect(assemble(only, 10)).toHaveLength(10);
    const few = [...only, question(1000, '单选')];
    expect(kinds(assemble(few, 10))).toEqual({ 填空: 9, 单选: 1 });
  });

  it('never lets a choice question in beside a 填空 whose answer its options give away', () => {
    const fill = question(0, '填空');
    const giveAway = { ...question(1000, '单选'), options: ['要点0号', '乙项', '丙项', '丁项'] };
    const set = assemble([fill, giveAway, ...bank(60).slice(1)], 10);
    expect(set).toContain(fill);
    expect(set).not.toContain(giveAway);
  });
});

// Causes found by judging a fifty-eighth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported58.json: 学习体会, 党课讲稿, 主题党日方案, 会议纪要, 对照检查材料, notices, speeches, news and 政策解读 of
// 2024–2026 around the 二十大 report and the 2024/2025 government work reports): a thought's name asked without its
// head (是【新时代中国特色社会主义】思想的世界观和方法论), a verb opening a condition on its object (只有【植根】本国、本民族
// 历史文化沃土), and a 提法 that only qualifies a noun qualifying the object of a
// verb of building (健全【脱贫攻坚】国家投入形成资产的长效管理机制). The lines are the documents'; the documents around them
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { cutFromName, nestedModifier } from '../../../electron/core/quiz/cut-term.js';
import { conditionVerb } from '../../../electron/core/quiz/import-lines.js';
import { inLexicon } from '../../../electron/core/quiz/term-distractors.js';
import { at, importedKeys, sourceDoc } from './source-doc.js';

const imported = (line: string, id: string) => [
  sourceDoc(id, 2024, [line], { title: '专题党课：坚持自信自立、守正创新' }),
  sourceDoc('b:lib', 2022, ['这是另一份文件的内容，与本题无关。']),
];
const { termKeys, quoteKeys } = importedKeys(imported);

describe("a thought's name cut from its head", () => {
  const line = '报告提出的“六个必须坚持”，是新时代中国特色社会主义思想的世界观和方法论。';
  it('the key runs straight into 思想 and the lexicon names the whole after its author', () => {
    expect(cutFromName(line, at(line, '新时代中国特色社会主义'), inLexicon)).toBe(true);
  });
  it('guard: a key followed by 思想 that makes no name stays (坚定【理想信念】，解放思想)', () => {
    const other = '要坚定理想信念，加强思想教育。';
    expect(cutFromName(other, at(other, '理想信念'), inLexicon)).toBe(false);
    const tail = '坚持以马克思列宁主义、毛泽东思想为指导。';
    expect(cutFromName(tail, at(tail, '马克思列宁主义'), inLexicon)).toBe(false);
  });
});

describe("a 提法 qualifying the object's qualifier", () => {
  const line = '健全脱贫攻坚国家投入形成资产的长效管理机制。';
  it('健全【脱贫攻坚】国家投入形成资产的…: 扶贫 fits as well', () => {
    expect(nestedModifier(line, at(line, '脱贫攻坚'))).toBe(true);
    expect(termKeys(line, '脱贫攻坚')).toEqual([]);
  });
  it('guard: a 提法 qualifying the object itself keeps its question', () => {
    const own = '健全共建共治共享的社会治理制度，提升社会治理效能。';
    expect(nestedModifier(own, at(own, '共建共治共享'))).toBe(false);
    expect(termKeys(own, '共建共治共享')).toEqual(['共建共治共享']);
    const plain = '要完善就业优先政策，加大各类资金资源统筹支持力度，促进充分就业、提高就业质量。';
    expect(nestedModifier(plain, at(plain, '就业优先'))).toBe(false);
  });
});

describe('a verb opening a condition', () => {
  const line = '只有植根本国、本民族历史文化沃土，马克思主义真理之树才能根深叶茂。';
  it('只有【植根】本国…: 扎根 fits as well', () => {
    expect(conditionVerb(line, at(line, '植根'), inLexicon)).toBe(true);
    expect(quoteKeys(line)).not.toContain('植根');
  });
  it('guard: a 提法 or a subject after 只有 stays (只有【改革开放】才能发展中国; 只有【两个文明】都搞好)', () => {
    const reform = '只有社会主义才能救中国，只有改革开放才能发展中国、发展社会主义、发展马克思主义。';
    expect(conditionVerb(reform, at(reform, '改革开放'), inLexicon)).toBe(false);
    const subject2 = '只有干部带头，群众才会跟上。';
    expect(conditionVerb(subject2, at(subject2, '干部'), inLexicon)).toBe(false);
    const subject = '只有创新才能赢得未来。';
    expect(conditionVerb(subject, at(subject, '创新'), inLexicon)).toBe(false);
  });
});

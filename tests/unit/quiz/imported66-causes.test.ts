// Causes found by judging a sixty-sixth draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported66.json: 八项规定 总结, 四中全会 and 十五五 宣讲稿, a 主题党日 record, an 对照检查, a 乡村振兴 汇报, a 团课, a
// 警示教育 讲稿, 常委会 news and interviews of 2025–2026): an item of a principles list whose every part opens on the same
// verb (坚持党的全面领导、坚持人民至上、坚持【高质量发展】、…), a period's name before a quoted name (坚持和发展【新时代】
// “枫桥经验”) and the writer's own pledge (我将…为全县“【十五五】”开好局起好步贡献自己的力量). The lines are the
// documents'; the documents around them are written for these tests.
import { describe, expect, it } from 'vitest';
import { eraBeforeNoun } from '../../../electron/core/quiz/cut-term.js';
import { ownPledge } from '../../../electron/core/quiz/import-lines.js';
import { verbSeriesItem } from '../../../electron/core/quiz/open-slots.js';
import { at, importedKeys, sourceDoc } from './source-doc.js';

const imported = (line: string, id: string) => [
  sourceDoc(id, 2025, [line], { title: '锚定“十五五”目标 奋力谱写中国式现代化新篇章' }),
  sourceDoc('b:lib', 2022, ['这是另一份文件的内容，与本题无关。']),
];
const { termKeys } = importedKeys(imported);

describe('an item of a list whose every part opens on one verb', () => {
  const line =
    '必须坚持党的全面领导、坚持人民至上、坚持高质量发展、坚持全面深化改革、坚持有效市场和有为政府相结合、坚持统筹发展和安全。';
  it('the first, a middle and the last part: 坚持新发展理念 reads as true too', () => {
    expect(verbSeriesItem(line, at(line, '党的全面领导'))).toBe(true);
    expect(verbSeriesItem(line, at(line, '高质量发展'))).toBe(true);
    expect(verbSeriesItem(line, at(line, '统筹发展和安全'))).toBe(true);
    expect(termKeys(line, '高质量发展')).toEqual([]);
  });
  it('guard: a list of fewer parts, or parts on different verbs, keeps its question', () => {
    const short = '坚持人民至上、坚持高质量发展、坚持全面深化改革。';
    expect(verbSeriesItem(short, at(short, '高质量发展'))).toBe(false);
    const series = '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
    expect(verbSeriesItem(series, at(series, '四个自信'))).toBe(false);
    const tails = '坚持战略思维、创新思维、辩证思维、法治思维、底线思维，科学制定和坚决执行党的路线方针政策。';
    expect(verbSeriesItem(tails, at(tails, '底线思维'))).toBe(false);
  });
  it('guard: part of an item, not its whole object, is no item', () => {
    const part = '坚持党的全面领导、坚持人民至上、坚持推动高质量发展不动摇、坚持全面深化改革、坚持统筹发展和安全。';
    expect(verbSeriesItem(part, at(part, '高质量发展'))).toBe(false);
  });
});

describe("a period's name before a quoted name", () => {
  const line = '我们坚持和发展新时代“枫桥经验”，矛盾纠纷不出村。';
  it('【新时代】“枫桥经验”: the blank asks which era', () => {
    expect(eraBeforeNoun(line, at(line, '新时代'))).toBe(true);
    expect(termKeys(line, '新时代')).toEqual([]);
  });
  it('guard: the quoted name itself and a period the clause speaks of stay', () => {
    expect(termKeys(line, '枫桥经验')).toEqual(['枫桥经验']);
    const said = '中国特色社会主义进入了新时代。';
    expect(eraBeforeNoun(said, at(said, '新时代'))).toBe(false);
  });
});

describe("the writer's own pledge", () => {
  const line = '我将认真做好预算编制工作，为全县“十五五”开好局起好步贡献自己的力量。';
  it('我将…: a member’s own line, whatever 提法 it names', () => {
    expect(ownPledge(line)).toBe(true);
    expect(ownPledge('今后，我将坚持读原著、学原文、悟原理。')).toBe(true);
    expect(termKeys(line, '十五五')).toEqual([]);
  });
  it('guard: 我们 and the Party’s wording stay', () => {
    expect(ownPledge('我们要始终牢记，人民对美好生活的向往，就是我们的奋斗目标。')).toBe(false);
    const plan = '2026年是“十五五”开局之年。';
    expect(ownPledge(plan)).toBe(false);
    expect(termKeys(plan, '十五五')).toEqual(['十五五']);
  });
});

// Causes found by judging a sixty-seventh draw of questions from documents a user imports (tests/eval/knowledge/
// questions-imported67.json: 支部 总结, 民主评议 材料, 四中全会 党课, teachers' 心得, 村两委 纪要, 述职述廉, a 巡察整改 通报,
// 社区 news quoting residents, 企业 speeches) and the two cases imported66 left open: a 提法 inside words quoted from
// someone only the import knows, stock frames of a local line (为全市【…】提供坚强组织保证, 坚持以【…】为指导, …就是
// 最根本的“【…】”), and a 金句 and a 提法 question on the same blank of one sentence. The lines are the documents'.
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { localReportedWords } from '../../../electron/core/quiz/local-words.js';
import { openSlotBlank } from '../../../electron/core/quiz/local-blanks.js';
import { at, importedKeys, quoteOf, sourceDoc, sourceOf } from './source-doc.js';

const imported = (line: string, id: string) => [
  sourceDoc(id, 2025, [line], { title: '在公司学习贯彻党的二十届四中全会精神宣讲会上的宣讲稿' }),
  sourceDoc('b:lib', 2022, ['这是另一份文件的内容，与本题无关。'], { speakers: ['习近平'] }),
];
const { termKeys } = importedKeys(imported);
const none = () => false;

describe('a 提法 in words quoted from someone only the import knows', () => {
  const worker = '公司职工王师傅在车间座谈时说：“‘十五五’的好日子，要靠我们一锤一锤干出来。”';
  it('a worker’s words before the quotation, a resident’s after it: no 提法 question', () => {
    expect(localReportedWords(worker, at(worker, '十五五'), none)).toBe(true);
    expect(termKeys(worker, '十五五')).toEqual([]);
    const after = '“社区把‘我为群众办实事’真正办到了我们心坎上。”居民张大妈高兴地说。';
    expect(localReportedWords(after, at(after, '我为群众办实事'), none)).toBe(true);
  });
  it('guard: a leader, a revered figure or a library speaker quoted stays, and so do quoted terms', () => {
    const leader = '习近平总书记指出：“中国式现代化是人口规模巨大的现代化。”';
    expect(localReportedWords(leader, at(leader, '中国式现代化'), none)).toBe(false);
    const named = '习近平说：“中国式现代化是人口规模巨大的现代化。”';
    expect(localReportedWords(named, at(named, '中国式现代化'), (c) => c.includes('习近平'))).toBe(false);
    const plan = '2026年是“十五五”开局之年。';
    expect(termKeys(plan, '十五五')).toEqual(['十五五']);
    const term = '要增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
    expect(localReportedWords(term, at(term, '四个自信'), none)).toBe(false);
    const school = '“三个代表”重要思想是马克思主义学说的发展。';
    expect(localReportedWords(school, at(school, '三个代表'), none)).toBe(false);
  });
});

describe('stock frames of a local line', () => {
  it('为全市【…】提供坚强组织保证, 坚持以【…】为指导, …就是最根本的“【…】”', () => {
    const pledge = '我们要以钉钉子精神抓好各项任务落实，为全市高质量发展提供坚强组织保证。';
    expect(openSlotBlank(pledge, at(pledge, '高质量发展'))).toBe(true);
    const guide = '2025年，支部坚持以习近平新时代中国特色社会主义思想为指导，较好完成了全年各项工作任务。';
    expect(openSlotBlank(guide, at(guide, '习近平新时代中国特色社会主义思想'))).toBe(true);
    const gloss = '我理解，办好每一所学校、教好每一个学生，就是最根本的“投资于人”。';
    expect(openSlotBlank(gloss, at(gloss, '投资于人'))).toBe(true);
    expect(termKeys(pledge, '高质量发展')).toEqual([]);
  });
  it('guard: a goal the sentence states, a famous 就是 line and a pledge of another shape stay', () => {
    const goal = '高质量发展是全面建设社会主义现代化国家的首要任务。';
    expect(openSlotBlank(goal, at(goal, '高质量发展'))).toBe(false);
    const aim = '人民对美好生活的向往，就是我们的奋斗目标。';
    expect(openSlotBlank(aim, at(aim, '奋斗目标'))).toBe(false);
    const build = '为建设社会主义现代化国家而奋斗。';
    expect(openSlotBlank(build, at(build, '社会主义现代化国家'))).toBe(false);
  });
});

describe('a 金句 and a 提法 question on the same blank of one sentence', () => {
  it('one is asked', () => {
    const line = '雷锋精神是社会主义核心价值观的生动体现。';
    const docs = imported(line, 'u:r0');
    const src = {
      ...sourceOf(docs, [quoteOf(docs[0]!, line, null)]),
      terms: [{ term: '社会主义核心价值观', docId: 'u:r0', paragraph: 0, start: line.indexOf('社会主义核心价值观') }],
    };
    const asked = generateQuestions(src, 'all', 100).filter(
      (q) => q.fact === line && q.blanks.some((b) => b.text === '社会主义核心价值观'),
    );
    expect(asked).toHaveLength(1);
  });
});

// banks7 causes (fixtures/wild/b7-repeat-*, b7-key-per-page, b7-two-papers, b7-contest-*): where
// items go on after a key list (the same 题型 heading again, numbering going on, a second paper),
// each list answers the part of the paper above it; 知识竞赛 rounds (必答题, 抢答题, 风险题, 第一环节：
// 必答题) are sections a key list names, and groups (第一组, 10分题) number their items from 1 again.
// The guards keep a key that could answer two groups refused.
import { describe, expect, it } from 'vitest';
import { key, text } from './banks7-read.js';

const item = (n: number, stem: string) => [`${n}．${stem}`, 'A．三　B．四　C．五　D．六'];

describe('a key list with items after it', () => {
  it('answers the part above it when the same numbered heading comes again (一、单项选择题 … 一、单项选择题)', async () => {
    const rows = await text([
      '一、单项选择题',
      ...item(1, '甲（  ）。'),
      ...item(2, '乙（  ）。'),
      '参考答案：1.C 2.B',
      '一、单项选择题',
      ...item(3, '丙（  ）。'),
      ...item(4, '丁（  ）。'),
      '参考答案：3.A 4.D',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [0], [3]]);
  });

  it('answers the part above it when an unnumbered heading repeats and numbering restarts', async () => {
    const rows = await text([
      '单选题',
      ...item(1, '甲（  ）。'),
      ...item(2, '乙（  ）。'),
      '答案：1.C 2.B',
      '单选题',
      ...item(1, '丙（  ）。'),
      ...item(2, '丁（  ）。'),
      '答案：1.A 2.D',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [0], [3]]);
  });

  it('answers the items above it when the next ones follow with no heading (答案：1-2 CB, then 3．…)', async () => {
    const rows = await text([
      ...item(1, '甲（  ）。'),
      ...item(2, '乙（  ）。'),
      '答案：1-2 CB',
      '第 1 页',
      ...item(3, '丙（  ）。'),
      ...item(4, '丁（  ）。'),
      '答案：3.A 4.D',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [0], [3]]);
  });

  it('keys each of two papers by its own list, their sections named by number (一、1.C)', async () => {
    // Each paper its own items: one item keyed two ways in two papers of one file is refused (banks70).
    const paper = (stem: string, statement: string, a: string, b: string) => [
      '一、单项选择题',
      ...item(1, stem),
      '二、判断题',
      `1．${statement}`,
      '参考答案',
      `一、1.${a}`,
      `二、1.${b}`,
    ];
    const rows = await text([
      ...paper('甲（  ）。', '预备党员的预备期为一年。', 'C', '√'),
      '测试题（二）',
      ...paper('乙（  ）。', '预备党员的预备期为两年。', 'A', '×'),
    ]);
    expect(rows.map(key)).toEqual([[2], [0], [0], [1]]);
  });
});

describe('知识竞赛 rounds', () => {
  it('are sections a key list at the end names (必答题：1.A 2.B)', async () => {
    const rows = await text([
      '一、必答题',
      ...item(1, '甲（  ）。'),
      ...item(2, '乙（  ）。'),
      '二、抢答题',
      ...item(1, '丙（  ）。'),
      '参考答案',
      '必答题：1.A 2.B',
      '抢答题：1.C',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [2]]);
  });

  it('are sections when unnumbered, with a key list after each', async () => {
    const rows = await text([
      '个人必答题',
      ...item(1, '甲（  ）。'),
      ...item(2, '乙（  ）。'),
      '答案：1.A 2.B',
      '抢答题',
      '1．遵义会议召开于1935年。',
      '2．党的纪律处分有四种。',
      '答案：1.√ 2.×',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [0], [1]]);
  });

  it('are sections under a stage heading (第一环节：必答题, 第二轮 抢答题)', async () => {
    const rows = await text([
      '第一环节：必答题',
      ...item(1, '甲（  ）。'),
      '答案：A',
      '第二轮 抢答题',
      ...item(1, '乙（  ）。'),
      '答案：D',
    ]);
    expect(rows.map(key)).toEqual([[0], [3]]);
  });

  it('number their groups’ items from 1 again (第一组, 第二组, 20分题)', async () => {
    const rows = await text([
      '必答题',
      '第一组',
      ...item(1, '甲（  ）。'),
      '答案：A',
      '第二组',
      ...item(1, '乙（  ）。'),
      '答案：B',
      '风险题',
      '20分题',
      '1．中国共产党第一次全国代表大会最后一天的会议在哪里举行？',
      '答案：浙江嘉兴南湖的游船上。',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], ['浙江嘉兴南湖的游船上。']]);
  });

  it('one key list by number for groups numbered from 1 each keys none of them (it keyed the first group)', async () => {
    const rows = await text([
      '必答题',
      '第一组',
      ...item(1, '甲（  ）。'),
      ...item(2, '乙（  ）。'),
      '第二组',
      ...item(1, '丙（  ）。'),
      ...item(2, '丁（  ）。'),
      '参考答案：1.C 2.A',
    ]);
    for (const row of rows) expect(row).toMatch(/卷末答案/);
    expect(rows).toHaveLength(4);
  });
});

// banks52 causes (fixtures/wild/b52-*): a scanned paper run through OCR with a space between every character
// (党 的 最 高 领 导 机 关 是 （ ） 。), and a browser's print header (2024/7/20 14:32 在线考试系统) between a stem
// and its options in a PDF printed from an exam system.
import { describe, expect, it } from 'vitest';
import { closeOcrSpaces } from '../../../electron/core/quiz/import-text-ocr-spaces.js';
import { key, text } from './banks7-read.js';
import { scoreWild, summary } from './wild-score.js';

describe('OCR spaces between characters', () => {
  it('closes up a paper spaced throughout, short option lines too, and keys it', async () => {
    const rows = await text([
      '1 . 党 的 最 高 领 导 机 关 是 （ ） 。',
      'A . 中 央 政 治 局    B . 党 的 全 国 代 表 大 会 和 它 所 产 生 的 中 央 委 员 会',
      '答 案 ： B',
      '2 . 预 备 党 员 的 预 备 期 为 （ ） 。',
      'A . 半 年    B . 一 年',
      '答 案 ： B',
    ]);
    expect(rows).toMatchObject([
      {
        stem: '党的最高领导机关是（ ）。',
        options: ['中央政治局', '党的全国代表大会和它所产生的中央委员会'],
        correct: [1],
      },
      { stem: '预备党员的预备期为（ ）。', options: ['半年', '一年'], correct: [1] },
    ]);
  });

  it('keeps the key in the spaced brackets and the marks of a 判断', async () => {
    const rows = await text([
      '1 ． 党 的 纪 律 处 分 中 ， 最 重 的 一 种 是 （ C ） 。',
      'A ． 警 告    B ． 留 党 察 看    C ． 开 除 党 籍',
      '2 ． 党 纪 学 习 教 育 要 引 导 党 员 干 部 学 纪 、 知 纪 、 明 纪 、 （ A ） 。',
      'A ． 守 纪    B ． 违 纪',
    ]);
    expect(rows.map(key)).toEqual([[2], [0]]);
    const judged = await text([
      '判 断 题',
      '1 . 党 的 全 国 代 表 大 会 每 五 年 举 行 一 次 。 ( √ )',
      '2 . 预 备 党 员 享 有 表 决 权 。 ( × )',
    ]);
    expect(judged.map(key)).toEqual([[0], [1]]);
  });

  it('leaves ordinary text and options parted by single spaces as typed', () => {
    const lines = ['1．党的纪律处分有（ ）。', 'A 警告 B 严重警告 C 撤销党内职务 D 留党察看', '答案：ABCD'];
    expect(closeOcrSpaces(lines)).toEqual(lines);
    // A line with a few spaced characters among ordinary text is no OCR line.
    const mixed = ['1．党 的 纪 律 是党的各级组织和全体党员必须遵守的行为规则。'];
    expect(closeOcrSpaces(mixed)).toEqual(mixed);
  });
});

describe('a browser’s print header and footer between an item’s lines', () => {
  it('is no part of the stem', async () => {
    const rows = await text([
      '1．确定发展对象，须经（ ）讨论同意并报上级党委备案。',
      '2024/7/20 14:32　　在线考试系统',
      'https://exam.example.cn/paper/1024　1/2',
      'A．支部委员会',
      'B．党小组',
      '【答案】A',
      '2．预备党员的预备期为（ ）。',
      'A．半年',
      'B．一年',
      '【答案】B',
    ]);
    expect(rows).toMatchObject([
      { stem: '确定发展对象，须经（ ）讨论同意并报上级党委备案。', options: ['支部委员会', '党小组'], correct: [0] },
      { stem: '预备党员的预备期为（ ）。', correct: [1] },
    ]);
  });

  it('leaves a stem that mentions a date as typed', async () => {
    const rows = await text([
      '判断题',
      '1．党纪学习教育于2024年4月至7月在全党开展。（ ）',
      '答案：√',
      '2．新修订的《中国共产党纪律处分条例》自2024/1/1起施行。（ ）',
      '答案：√',
    ]);
    expect(rows).toMatchObject([
      { stem: '党纪学习教育于2024年4月至7月在全党开展。', correct: [0] },
      { stem: '新修订的《中国共产党纪律处分条例》自2024/1/1起施行。', correct: [0] },
    ]);
  });
});

describe('the banks52 round (b52-* tuning, b52h-* held out)', () => {
  it('reads every labelled item as labelled, 0 wrong keys', async () => {
    const results = await scoreWild((f) => /^b52h?-/.test(f));
    expect(new Set(results.map((r) => r.file)).size).toBeGreaterThanOrEqual(46);
    expect(summary(results).wrongKey).toBe(0);
    expect(results.filter((r) => r.verdict !== 'right')).toEqual([]);
  }, 120_000);
});

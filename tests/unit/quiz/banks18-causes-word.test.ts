// banks18 causes, Word table banks (fixtures/wild/b18-word-table-*): a table keyed by coloured option cells
// under a legend naming the colour, and a legend naming one colour over cells marked another way.
import { Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { key, read } from './banks7-read.js';
import { docxBuffer } from './fixtures/wild/office-kit.js';

/** 题目 | A | B | C under `title`, the cells at each row's keys marked `mark`. */
const tableBank = async (title: string, mark: { color?: string; bold?: boolean }, keys: number[][]) =>
  read(
    'bank.docx',
    await docxBuffer([
      new Paragraph(title),
      new Table({
        rows: [['题目', 'A', 'B', 'C'], ...keys.map((_, n) => [`第${n + 1}题是（ ）。`, '三', '四', '五'])].map(
          (cells, r) =>
            new TableRow({
              children: cells.map(
                (t, c) =>
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: [new TextRun({ text: t, ...(r && keys[r - 1]!.includes(c - 1) ? mark : {}) })],
                      }),
                    ],
                  }),
              ),
            }),
        ),
      }),
    ]),
  );

describe('Word table banks under a legend naming the key colour', () => {
  it('keys rows whose marks all stand in one column when the legend names their colour', async () => {
    const got = await tableBank('测试（表中蓝色字为正确答案）', { color: '0070C0' }, [[2], [2], [2]]);
    expect(got.map(key)).toEqual([[2], [2], [2]]);
  });

  it('keys a row with every option red as all of them under a red legend', async () => {
    const got = await tableBank('测试（红色字为正确答案）', { color: 'FF0000' }, [[1], [0, 1, 2], [2]]);
    expect(got.map(key)).toEqual([[1], [0, 1, 2], [2]]);
  });

  it('still takes a column red in every row as the look where no legend says red is the key', async () => {
    const got = await tableBank('测试', { color: 'FF0000' }, [[2], [2], [2]]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });

  it('keeps the look rule for red cells under a legend naming blue', async () => {
    const got = await tableBank('测试（蓝色字为正确答案）', { color: 'FF0000' }, [[2], [2], [2]]);
    expect(got.every((r) => typeof r === 'string')).toBe(true);
  });

  it('refuses each row, naming the mark found, where the legend names red but the cells are blue or bold', async () => {
    const blue = await tableBank('测试（红色字为正确答案）', { color: '0070C0' }, [[1], [0], [2]]);
    const bold = await tableBank('测试（红色标注的为正确答案）', { bold: true }, [[1], [0], [2]]);
    expect(blue.map(String)).toEqual(Array(3).fill(expect.stringContaining('标出的是蓝色')));
    expect(bold.map(String)).toEqual(Array(3).fill(expect.stringContaining('标出的是加粗')));
  });
});

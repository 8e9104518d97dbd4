// banks17 causes, Word papers (fixtures/wild/b17-word-*): a legend naming green as the key colour written
// 绿色标注的是正确答案, and a refusal in a paper keyed blue naming blue, not red.
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { key, read } from './banks7-read.js';
import { docxBuffer } from './fixtures/wild/office-kit.js';

const word = async (title: string, color: string, keys: number[][]) =>
  read(
    'bank.docx',
    await docxBuffer([
      new Paragraph(title),
      new Paragraph('一、单项选择题'),
      ...keys.flatMap((k, n) => [
        new Paragraph(`${n + 1}．第${n + 1}题是（ ）。`),
        new Paragraph({
          children: ['A．三', '　B．四', '　C．五'].map(
            (o, i) => new TextRun({ text: o, ...(k.includes(i) ? { color } : {}) }),
          ),
        }),
      ]),
    ]),
  );

describe('Word papers whose legend names the key colour', () => {
  it('reads 绿色标注的是正确答案 (的 before 是) as a legend', async () => {
    const got = await word('测试（绿色标注的是正确答案）', '00B050', [[1], [0], [2]]);
    expect(got.map(key)).toEqual([[1], [0], [2]]);
  });

  it('names the legend’s colour, not red, in a refusal', async () => {
    const got = await word('测试（蓝色字为正确答案）', '0070C0', [[1], [0, 2], [2]]);
    expect(String(got[1])).toContain('2 个选项带有蓝色标记');
    expect(String(got[1])).not.toContain('红色');
  });
});

// banks14 causes in other formats: Markdown banks (.md: headings and list bullets, answers folded in
// <details>, task lists ticked - [x], tables) and Word answer lines hidden from print (w:vanish).
import { Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { key, read } from './banks7-read.js';
import { docxBuffer, p } from './fixtures/wild/office-kit.js';

const md = (lines: string[]) => read('bank.md', lines.join('\n'));

describe('Markdown banks', () => {
  it('reads items under ## headings with options as list items and a bold or quoted key', async () => {
    const got = await md([
      '## 一、单选题',
      '1. 甲是（ ）。',
      '   - A. 三',
      '   - B. 四',
      '',
      '   **答案：B**',
      '2. 乙是（ ）。',
      '   - A. 三',
      '   - B. 四',
      '',
      '   > 答案：A',
    ]);
    expect(got.map(key)).toEqual([[1], [0]]);
    expect((got[0] as { options: string[] }).options).toEqual(['三', '四']);
  });

  it('reads answers folded in <details>, marked 答案： by the summary where the text is bare', async () => {
    const got = await md([
      '### 1. 甲是（ ）。',
      'A. 三  ',
      'B. 四  ',
      '<details><summary>查看答案</summary>答案：B</details>',
      '### 2. 乙是（ ）。',
      'A. 三  ',
      'B. 四  ',
      '<details>',
      '<summary>答案</summary>',
      '',
      'A',
      '',
      '</details>',
    ]);
    expect(got.map(key)).toEqual([[1], [0]]);
  });

  it('keys task lists by their ticks; two ticks in a 单选 and none are refused', async () => {
    const got = await md([
      '## 单选题',
      '#### 1. 甲是（ ）。',
      '- [ ] 三',
      '- [x] 四',
      '#### 2. 乙是（ ）。',
      '- [x] 三',
      '- [x] 四',
      '#### 3. 丙是（ ）。',
      '- [ ] 三',
      '- [ ] 四',
    ]);
    expect(key(got[0]!)).toEqual([1]);
    expect(got[1]).toMatch(/单选题.*2 个选项/);
    expect(got[2]).toMatch(/缺少答案/);
  });

  it('reads a Markdown table bank', async () => {
    const got = await md([
      '| 题型 | 题目 | A | B | C | D | 答案 |',
      '|---|---|---|---|---|---|---|',
      '| 单选 | 甲是（ ）。 | 三 | 四 | 五 | 六 | C |',
      '| 判断 | 乙对。 |  |  |  |  | 错 |',
    ]);
    expect(got.map(key)).toEqual([[2], [1]]);
  });
});

describe('Word answer lines hidden from print', () => {
  const hidden = (text: string) => new Paragraph({ children: [new TextRun({ text, vanish: true })] });

  it('reads a hidden 答案 line as the key; other hidden text stays out', async () => {
    const data = await docxBuffer([
      p('一、单选题'),
      p('1．甲是（ ）。'),
      new Paragraph({ children: [new TextRun('A．三　B．四'), new TextRun({ text: '（旧题）', vanish: true })] }),
      hidden('答案：B'),
      p('2．乙是（ ）。'),
      p('A．三　B．四'),
      hidden('答案：A'),
    ]);
    const got = await read('bank.docx', data);
    expect(got.map(key)).toEqual([[1], [0]]);
    expect((got[0] as { options: string[] }).options).toEqual(['三', '四']);
  });
});

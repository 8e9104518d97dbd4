// banks15 causes in Word, spreadsheets and PDF: keys written as Word comments (批注); a sheet of an
// exam record with the candidate's answers and no key column; a PDF record whose 你的答案 line
// follows a stem that reaches the margin.
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../electron/core/quiz/pdf-bank-text.js';
import { key, read } from './banks7-read.js';
import { commented } from './fixtures/wild/office-kit.js';

describe('keys in Word comments', () => {
  it('reads a comment that is a key, or 正确答案 on an option; any other comment keys nothing', async () => {
    const say = (id: number, text: string) => ({
      id,
      author: '书记',
      date: new Date(0),
      children: [new Paragraph(text)],
    });
    const doc = new Document({
      comments: { children: [say(0, '答案：B'), say(1, '正确答案'), say(2, '注意审题')] },
      sections: [
        {
          children: [
            commented('1．甲是（ ）。', 0),
            new Paragraph('A．三　　B．四　　C．五'),
            new Paragraph('2．乙是（ ）。'),
            new Paragraph('A．三'),
            commented('B．四', 1),
            new Paragraph('C．五'),
            commented('3．丙是（ ）。', 2),
            new Paragraph('A．三　　B．四　　C．五'),
          ],
        },
      ],
    });
    const got = await read('bank.docx', Buffer.from(await Packer.toBuffer(doc)));
    expect(got.map(key)).toEqual([[1], [1], '缺少答案']);
  });
});

describe('exam records as tables', () => {
  it('refuses a sheet whose only answer column is the candidate’s, saying so', async () => {
    const csv = [
      '题型,题目,选项A,选项B,考生答案,得分',
      '单选题,甲是（ ）。,三,四,A,2',
      '单选题,乙是（ ）。,三,四,B,0',
    ].join('\n');
    await expect(read('bank.csv', csv)).rejects.toThrow(/考生的作答/);
  });

  it('keys a record from its 标准答案 column beside 考生答案 (guard)', async () => {
    const csv = ['题目,选项,考生答案,得分,标准答案', '甲是（ ）。,A.三|B.四,A,0,B'].join('\n');
    expect((await read('bank.csv', csv)).map(key)).toEqual([[1]]);
  });
});

describe('PDF exam records', () => {
  it('never joins a 你的答案 or 得分 line to a stem that reaches the margin', () => {
    const line = (text: string, right: number) => ({ text, right, size: 10 });
    const text = joinLines([
      [
        line('8．甲是乙。（2分）', 500),
        line('你的答案：对 本题得分：2', 200),
        line('9．丙是丁，丙是丁。', 500),
        line('得分：2', 100),
      ],
    ]);
    expect(text.split('\n')).toEqual([
      '8．甲是乙。（2分）',
      '你的答案：对 本题得分：2',
      '9．丙是丁，丙是丁。',
      '得分：2',
    ]);
  });
});

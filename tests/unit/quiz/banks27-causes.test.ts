// banks27 causes (fixtures/wild/i27-*): a 判断题 copied from a PDF into Word, its statement wrapped onto further
// paragraphs where the PDF's lines ended, one break right after a closed quote (`“三个代表”` ↵ `重要思想…`), one right
// before an opening quote or 《 (i27b: `坚持` ↵ `“两个毫不动摇”。`).
import { describe, expect, it } from 'vitest';
import { text } from './banks7-read.js';

describe('a statement wrapped after a closed quote', () => {
  it('is one sentence again', async () => {
    const rows = await text([
      '三、判断题',
      '1．中国共产党以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”',
      '重要思想、科学发展观作为自己的行动指南。（ ）',
      '答案：√',
      '2．党员必须交纳党费。（ ）',
      '答案：√',
    ]);
    expect(rows[0]).toMatchObject({
      stem: '中国共产党以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观作为自己的行动指南。',
    });
  });

  it('keeps a quoted sentence that ends on its own line apart from the next', async () => {
    const rows = await text([
      '1．阅读下列论述，判断正误：',
      '“空谈误国，实干兴邦。”',
      '这句话强调了实干的重要性。（ ）',
      '答案：√',
      '2．党员必须交纳党费。（ ）',
      '答案：√',
    ]);
    const got = rows[0] as { stem: string };
    expect(got.stem).toContain('“空谈误国，实干兴邦。”\n这句话');
  });
});

describe('a statement wrapped right before a quote or a 《》 title', () => {
  it('is one sentence again', async () => {
    const rows = await text([
      '四、判断题',
      '1．我国坚持公有制为主体、多种所有制经济共同发展，坚持',
      '“两个毫不动摇”。（ ）',
      '【答案】√',
      '2．党员违犯党纪应当受到党纪处分的，依照',
      '《中国共产党纪律处分条例》追究责任。（ ）',
      '【答案】√',
    ]);
    expect(rows.map((r) => (r as { stem: string }).stem)).toEqual([
      '我国坚持公有制为主体、多种所有制经济共同发展，坚持“两个毫不动摇”。',
      '党员违犯党纪应当受到党纪处分的，依照《中国共产党纪律处分条例》追究责任。',
    ]);
  });
});

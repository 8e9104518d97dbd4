// 判断题 whose key a Word bank shows only by formatting (word-judge-marks.ts): of √ and × (正确/错误,
// 对/错) printed after the statement the right one is red or highlighted. The same rules as for
// options: the bank must use the mark as its key on two items, marks that could mean more than one
// key or disagree with a typed key give a reason. The labelled banks are fixtures/wild/word-marks-judge*.docx.
import { Document, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { describe, expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { judgeTail } from '../../../electron/core/quiz/judge-tail.js';

const STYLE: Record<string, Omit<IRunOptions, 'text'>> = {
  r: { color: 'FF0000' },
  h: { highlight: 'yellow' },
  b: { bold: true },
};

/** One paragraph per line; [r:…] red, [h:…] highlighted, [b:…] bold. */
async function rows(lines: string[]) {
  const para = (line: string) => {
    const runs: TextRun[] = [];
    let last = 0;
    for (const m of line.matchAll(/\[([rhb]):([^\]]*)\]/g)) {
      if (m.index > last) runs.push(new TextRun(line.slice(last, m.index)));
      runs.push(new TextRun({ text: m[2]!, ...STYLE[m[1]!] }));
      last = m.index + m[0].length;
    }
    if (last < line.length) runs.push(new TextRun(line.slice(last)));
    return new Paragraph({ children: runs });
  };
  const data = await Packer.toBuffer(new Document({ sections: [{ children: lines.map(para) }] }));
  return (await parseBank('判断题.docx', data)).rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));
}
type Row = Awaited<ReturnType<typeof rows>>[number];
const keyOf = (r: Row) => (typeof r === 'string' ? r : r.correct);
const stemOf = (r: Row) => (typeof r === 'string' ? r : r.stem);

describe('the truth marks after a statement', () => {
  test('a pair is one true and one false mark after a bracket, a space or the sentence end', () => {
    expect(judgeTail('预备党员的预备期为一年。（ √　× ）')?.marks.map((m) => m.truth)).toEqual([true, false]);
    expect(judgeTail('预备党员的预备期为一年。\n对　　错')?.statement).toBe('预备党员的预备期为一年。');
    expect(judgeTail('甲。（√ √）')).toBeNull();
    // Words of the statement itself are not marks.
    expect(judgeTail('这种说法是错误。')).toBeNull();
    expect(judgeTail('要明辨是非对错')).toBeNull();
  });
});

describe('判断 keys shown by formatting', () => {
  test('the red one of √ × in brackets, of 正确 错误 after the statement, of 对 错 on the next line', async () => {
    const got = await rows([
      '一、判断题',
      '1．党员在留党察看期间没有表决权、选举权和被选举权。（ [r:√]　× ）',
      '2．党的全国代表大会每四年举行一次。（ √　[r:×] ）',
      '3．预备党员的预备期为一年。　[r:正确]　错误',
      '4．留党察看最长不超过一年。',
      '对　　[r:错]',
    ]);
    expect(got.map(keyOf)).toEqual([[0], [1], [0], [1]]);
    expect(got.map(stemOf)).toEqual([
      '党员在留党察看期间没有表决权、选举权和被选举权。',
      '党的全国代表大会每四年举行一次。',
      '预备党员的预备期为一年。',
      '留党察看最长不超过一年。',
    ]);
  });

  test('one marked 判断 in a bank keyed by typed answers is not a key', async () => {
    const got = await rows([
      '一、判断题',
      '1．党的纪律处分种类有五种。（ √　[r:×] ）',
      '2．预备党员的预备期为一年。（√）',
      '3．留党察看最长不超过一年。（×）',
    ]);
    expect(got[0]).toMatch(/只有个别题目.*红色标记.*全卷并未用这种标记表示答案/);
    expect(got.slice(1).map(keyOf)).toEqual([[0], [1]]);
  });

  test('red options key the 判断 too (one key mark for the paper); both marked, or against a typed key, is refused', async () => {
    const got = await rows([
      '一、单项选择题',
      '1．党的根本组织原则是（ ）。',
      'A．群众路线　　[r:B．民主集中制]',
      '二、判断题',
      '1．党的纪律处分种类有五种。（ [r:√]　× ）',
      '2．党员的党龄从递交入党申请书之日算起。（ [r:√]　[r:×] ）',
      '3．党员受到留党察看处分，其党内职务自然撤销。（ √　[r:×] ）',
      '答案：正确',
      '4．预备党员的预备期为一年。（ [r:√]　× ）',
      '答案：正确',
    ]);
    expect(got.map(keyOf)[0]).toEqual([1]);
    expect(got.map(keyOf)[1]).toEqual([0]);
    expect(got[2]).toMatch(/两个判断符号都带有红色标记/);
    expect(got[3]).toMatch(/答案“正确”与文中标出的答案“×”不一致/);
    expect(got.map(keyOf)[4]).toEqual([0]); // typed 正确 and a red √ agree
  });

  test('a statement red as a whole is never read as 正确, even when every statement is; a typed key stays', async () => {
    const got = await rows([
      '一、判断题',
      '1．[r:党的纪律处分种类有五种。]',
      '2．[r:预备党员的预备期为一年。]',
      '3．[r:留党察看最长不超过两年。]（√）',
    ]);
    expect(got[0]).toMatch(/整句都带有红色标记，无法确定表示“正确”还是只是强调/);
    expect(got[1]).toMatch(/整句都带有红色标记/);
    expect(keyOf(got[2]!)).toEqual([0]);
  });

  test('bold statements with a highlighted mark: bold is how the lines are set, highlight is the key', async () => {
    const got = await rows([
      '一、判断题',
      '1．[b:党的纪律处分种类有五种。]　[h:正确]　错误',
      '2．[b:党的全国代表大会每四年举行一次。]　正确　[h:错误]',
    ]);
    expect(got.map(keyOf)).toEqual([[0], [1]]);
  });
});

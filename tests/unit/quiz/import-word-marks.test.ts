// Word banks whose key is shown only by formatting (word-run-marks.ts, word-key-marks.ts): a mark
// is a key only where the bank uses it as one; marks that could mean more than one key, or kinds
// of mark that disagree across the bank, give a reason, never a key. The labelled banks are in
// fixtures/wild (word-marks-*.docx); these are the rules around them.
import { Document, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { describe, expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { isRed, readMarks, withRunMarks } from '../../../electron/core/quiz/word-run-marks.js';

const STYLE: Record<string, Omit<IRunOptions, 'text'>> = {
  r: { color: 'FF0000' },
  h: { highlight: 'yellow' },
  b: { bold: true },
  u: { underline: {} },
  R: { color: 'C00000', bold: true },
};

/** One paragraph per line; [r:…] red, [h:…] highlighted, [b:…] bold, [u:…] underlined, [R:…] dark red and bold. */
async function bank(lines: string[]): Promise<Buffer> {
  const para = (line: string) => {
    const runs: TextRun[] = [];
    let last = 0;
    for (const m of line.matchAll(/\[([rhbuR]):([^\]]*)\]/g)) {
      if (m.index > last) runs.push(new TextRun(line.slice(last, m.index)));
      runs.push(new TextRun({ text: m[2]!, ...STYLE[m[1]!] }));
      last = m.index + m[0].length;
    }
    if (last < line.length) runs.push(new TextRun(line.slice(last)));
    return new Paragraph({ children: runs });
  };
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map(para) }] }));
}

async function rows(lines: string[]) {
  const parsed = await parseBank('测试题.docx', await bank(lines));
  return parsed.rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));
}
const keyOf = (r: Awaited<ReturnType<typeof rows>>[number]) => (typeof r === 'string' ? r : r.correct);

describe('run marks', () => {
  test('reds are pure and dark reds, not orange, blue or automatic', () => {
    expect(['FF0000', 'C00000', 'e60012'].map(isRed)).toEqual([true, true, true]);
    expect(['FF6600', '0000FF', 'auto', undefined].map(isRed)).toEqual([false, false, false, false]);
  });

  test('a run says which marks it has; switched-off bold, complex-script bold and no highlight are none', () => {
    const run = (rPr: string) => `<w:r><w:rPr>${rPr}</w:rPr><w:t>甲</w:t></w:r>`;
    const marks = (rPr: string) => readMarks(withRunMarks(run(rPr)).replace(/<[^>]+>/g, '')).marks;
    expect(marks('<w:b/><w:color w:val="FF0000"/>')).toEqual([5]);
    expect(marks('<w:b w:val="0"/><w:bCs/><w:highlight w:val="none"/><w:color w:val="auto"/>')).toEqual([0]);
    expect(marks('<w:u w:val="single"/><w:highlight w:val="yellow"/>')).toEqual([10]);
    // A tracked change keeps the former formatting (bold), which Word no longer shows.
    expect(marks('<w:color w:val="FF0000"/><w:rPrChange w:id="1"><w:rPr><w:b/></w:rPr></w:rPrChange>')).toEqual([1]);
  });

  test('underlined spaces are a blank to fill in', () => {
    const xml = withRunMarks('<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">    </w:t></w:r>');
    expect(xml).toContain('>______<');
  });
});

describe('keys shown by formatting in a Word bank', () => {
  test('one red and one highlighted option in a bank keyed by typed answers are not keys', async () => {
    const got = await rows([
      '一、单项选择题',
      '1．党的全国代表大会每（ ）年举行一次。',
      'A．三　　B．四　　C．五',
      '答案：C',
      '2．预备党员的预备期为（ ）。',
      'A．半年　　[r:B．一年]',
      '答案：A',
      '3．党的基层组织是党在社会基层组织中的（ ）。',
      '[h:A．战斗堡垒]　　B．工作机构',
    ]);
    expect(keyOf(got[0]!)).toEqual([2]);
    expect(keyOf(got[1]!)).toEqual([0]); // the typed key; red is not this bank's key mark
    expect(got[2]).toMatch(/只有个别题目.*突出显示标记.*全卷并未用这种标记表示答案/);
  });

  test('red on some items and highlight on others: no kind of mark is certain, every marked item is refused', async () => {
    const got = await rows([
      '一、单项选择题',
      '1．甲题（ ）。',
      '[r:A．一]　　B．二',
      '2．乙题（ ）。',
      'A．一　　[r:B．二]',
      '3．丙题（ ）。',
      '[h:A．一]　　B．二',
      '4．丁题（ ）。',
      'A．一　　[h:B．二]',
    ]);
    for (const r of got) expect(r).toMatch(/答案标记不统一（红色、突出显示标在不同的题上）/);
  });

  test('red and bold on the same options are one mark', async () => {
    const got = await rows([
      '一、多项选择题',
      '1．甲题（ ）。',
      '[R:A．一]　　[R:B．二]　　C．三',
      '2．乙题（ ）。',
      'A．一　　[R:B．二]　　C．三',
    ]);
    expect(got.map(keyOf)).toEqual([[0, 1], [1]]);
  });

  test('marks that contradict themselves refuse the item even beside a typed key', async () => {
    const got = await rows([
      '一、单项选择题',
      '1．甲题（ ）。',
      '[r:A．一]　　B．二',
      '2．乙题（ ）。',
      'A．一　　[r:B．二]',
      '3．丙题（ ）。',
      'A．一　　[r:B．二]　　[r:C．三]',
      '答案：B',
    ]);
    expect(got.map(keyOf).slice(0, 2)).toEqual([[0], [1]]);
    expect(got[2]).toMatch(/单选题有 2 个选项带有红色标记/);
  });

  test('a 填空 sentence with typed blanks and underlined words is refused; an underlined blank without key stays keyless', async () => {
    const got = await rows([
      '一、填空题',
      '1．党的组织原则是[u:民主集中制]。',
      '2．党的基层委员会每届任期[u:三]年至______年。',
      '3．党的最高理想和最终目标是实现[u:共产主义]。',
      '4．预备党员的预备期为[u:    ]。',
    ]);
    expect(typeof got[0] === 'string' ? got[0] : got[0]!.fact).toBe('党的组织原则是民主集中制。');
    expect(got[1]).toMatch(/既有空白，又有带下划线标记的词/);
    expect(got[3]).toMatch(/缺少答案/);
  });

  test('an item whose option is wrapped onto a second paragraph reads no marks, and the next items still read their own', async () => {
    const got = await rows([
      '一、单项选择题',
      '1．下列说法正确的是（ ）。',
      '[r:A．甲]',
      'B．乙',
      '的说法',
      '2．下列说法正确的是（ ）。',
      'A．甲　　[r:B．乙]',
      '3．下列说法正确的是（ ）。',
      '[r:A．丙]　　B．丁',
    ]);
    expect(got.map(keyOf)).toEqual(['缺少答案', [1], [0]]);
  });

  test('only the letters of the right options in red: the letters are the key', async () => {
    const got = await rows([
      '一、多项选择题',
      '1．党的三大优良作风是（ ）。',
      '[r:A]．理论联系实际　　B．艰苦奋斗　　[r:C]．密切联系群众　　[r:D]．批评与自我批评',
      '2．“四个自信”不包括（ ）。',
      'A．道路自信　　B．理论自信　　[r:（C）]民族自信　　D．文化自信',
    ]);
    expect(got.map(keyOf)).toEqual([[0, 2, 3], [2]]);
  });
});

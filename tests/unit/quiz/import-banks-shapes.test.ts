// Bank shapes added with fixtures/wild's judge-tf-letters, stem-key-letters, written-answers,
// word-marks-shading, word-table-red-cells and word-judge-tf (shapes-more.gen.ts): the rules
// behind them, each with the case that must still be refused.
import { Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';

type Row = ReturnType<typeof normalizeRaw>;
const keyOf = (r: Row) => (typeof r === 'string' ? r : r.correct);

async function rowsOf(name: string, data: Buffer): Promise<Row[]> {
  const parsed = await parseBank(name, data);
  return parsed.rows.map((r) => (typeof r === 'string' ? r : normalizeRaw(r)));
}
const text = (lines: string[]) => rowsOf('题库.txt', Buffer.from(lines.join('\n')));

/** [r:…] a red run, [s:…] a run shaded with `fill`, [h:…] a highlighted run. */
function runs(line: string, fill: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const m of line.matchAll(/\[([rsh]):([^\]]*)\]/g)) {
    if (m.index > last) out.push(new TextRun(line.slice(last, m.index)));
    const look = m[1] === 'r' ? { color: 'FF0000' } : { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } };
    out.push(new TextRun({ text: m[2]!, ...look }));
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push(new TextRun(line.slice(last)));
  return out;
}
const para = (line: string, fill = 'FFFF00') => new Paragraph({ children: runs(line, fill) });
const docx = async (children: (Paragraph | Table)[]) =>
  rowsOf('题库.docx', await Packer.toBuffer(new Document({ sections: [{ children }] })));

describe('判断 keyed (T)/(F) in the statement', () => {
  test('T and F in a 判断 section are keys, and the letter leaves the statement', async () => {
    const rows = await text(['一、判断题', '1．党员必须遵守党的纪律。（ T ）', '2．预备党员有表决权。（F）']);
    expect(rows.map(keyOf)).toEqual([[0], [1]]);
    expect(rows[0]).toMatchObject({ stem: '党员必须遵守党的纪律。' });
  });

  test('a (T) that an answer line contradicts is refused, not imported with the line’s key', async () => {
    const rows = await text([
      '一、判断题',
      '1．党的基层组织应当按期换届。（ T ）',
      '答案：错误',
      '2．党员应当按期交纳党费。',
      '答案：正确',
    ]);
    expect(rows[0]).toMatch(/不一致/);
  });

  test('outside a 判断 section a bracketed letter is no truth key', async () => {
    const rows = await text([
      '一、填空题',
      '1．党的组织原则是（T）',
      '答案：民主集中制',
      '2．党的最高理想是实现（  ）。',
      '答案：共产主义',
    ]);
    expect(typeof rows[0] === 'string' ? rows[0] : rows[0]!.kind).toBe('填空');
  });
});

describe('letters in the stem’s brackets', () => {
  test('多选 letters parted by dots are the key; a letter beyond the options is refused', async () => {
    const rows = await text([
      '二、多项选择题',
      '1．党的纪律处分包括（ A.B.D ）。',
      'A．警告　B．严重警告　C．罚款　D．开除党籍',
      '2．党的作风建设包括（ A．C ）。',
      'A．理论联系实际　B．形式主义　C．密切联系群众',
      '3．党的组织生活制度有（ A.B.E ）。',
      'A．三会一课　B．组织生活会　C．茶话会',
    ]);
    expect(rows.slice(0, 2).map(keyOf)).toEqual([
      [0, 1, 3],
      [0, 2],
    ]);
    expect(rows[2]).toMatch(/超出选项范围/);
  });
});

test('答案要点： is a written answer’s key line', async () => {
  const rows = await text([
    '五、简答题',
    '1．“四个意识”指什么？',
    '答案要点：政治意识、大局意识、核心意识、看齐意识。',
    '2．简述党的组织原则。',
    '答：民主集中制。',
  ]);
  expect(rows[0]).toMatchObject({ kind: '填空', fact: '政治意识、大局意识、核心意识、看齐意识。' });
});

describe('character shading (w:shd) marks a key as highlight does', () => {
  const paper = (fill: string) => [
    para('一、单项选择题'),
    para('1．党的全国代表大会每（  ）年举行一次。'),
    para('A．三　　B．四　　[s:C．五]　　D．六', fill),
    para('2．预备党员的预备期为（  ）。'),
    para('A．半年　　[s:B．一年]　　C．两年', fill),
    para('3．党的根本组织原则是（  ）。'),
    para('[s:A．民主集中制]　　[s:B．集体领导]　　C．个人分工负责', fill),
    para('4．党员的党龄从（  ）之日算起。'),
    para('A．支部大会通过　　B．预备期满转为正式党员'),
    para('答案：B'),
  ];

  test('a shaded option is the key where the paper shades its keys; two shaded in a 单选 are refused', async () => {
    const rows = await docx(paper('FFFF00'));
    expect(rows.map(keyOf).slice(0, 2)).toEqual([[2], [1]]);
    expect(rows[2]).toMatch(/单选题有 2 个选项/);
  });

  test('white shading (pasted web text) is no mark', async () => {
    const rows = await docx(paper('FFFFFF'));
    expect(rows.map(keyOf)).toEqual(['缺少答案', '缺少答案', '缺少答案', [1]]);
  });
});

describe('a Word table with no answer column, keyed by the red option cell', () => {
  const cell = (t: string) => new TableCell({ children: [para(t)] });
  const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
  const HEAD = ['序号', '题目', 'A', 'B', 'C'];

  test('one red cell keys its row; two red cells of a 单选 and a red stem are refused', async () => {
    const rows = await docx([
      para('一、单项选择题'),
      table([
        HEAD,
        ['1', '党的全国代表大会每（ ）年举行一次。', '四', '[r:五]', '六'],
        ['2', '预备党员的预备期为（ ）。', '[r:一年]', '两年', '三年'],
        ['3', '党的基层组织是（ ）。', '[r:战斗堡垒]', '[r:领导核心]', '工作机构'],
        ['4', '[r:（ ）是党的生命线。]', '[r:群众路线]', '统一战线', '组织路线'],
      ]),
    ]);
    expect(rows.map(keyOf).slice(0, 2)).toEqual([[1], [0]]);
    expect(rows[2]).toMatch(/单选题有 2 个选项带有红色标记/);
    expect(rows[3]).toMatch(/题干和选项都带有红色标记/);
  });

  test('highlighted cells key their rows; red and highlight in one table key none', async () => {
    const highlighted = await docx([
      table([
        HEAD,
        ['1', '党的根本宗旨是（ ）。', '[h:全心全意为人民服务]', '发展经济', '对外开放'],
        ['2', '党的组织原则是（ ）。', '集体领导', '[h:民主集中制]', '个人负责'],
      ]),
    ]);
    expect(highlighted.map(keyOf)).toEqual([[0], [1]]);
    const mixed = await docx([
      table([
        HEAD,
        ['1', '党的根本宗旨是（ ）。', '[h:全心全意为人民服务]', '发展经济', '对外开放'],
        ['2', '党的组织原则是（ ）。', '集体领导', '[r:民主集中制]', '个人负责'],
      ]),
    ]);
    expect(mixed.map((r) => typeof r === 'string' && /答案标记不统一/.test(r))).toEqual([true, true]);
  });

  test('a shaded cell (w:tcPr/w:shd) keys its row; a white cell fill is no mark', async () => {
    const shadedTable = (fill: string) =>
      new Table({
        rows: [
          HEAD,
          ['1', '党的根本宗旨是（ ）。', '*全心全意为人民服务', '发展经济', '对外开放'],
          ['2', '党的组织原则是（ ）。', '集体领导', '*民主集中制', '个人负责'],
        ].map(
          (r) =>
            new TableRow({
              children: r.map((t) =>
                t.startsWith('*')
                  ? new TableCell({
                      shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
                      children: [para(t.slice(1))],
                    })
                  : cell(t),
              ),
            }),
        ),
      });
    expect((await docx([para('一、单项选择题'), shadedTable('FFFF00')])).map(keyOf)).toEqual([[0], [1]]);
    await expect(docx([para('一、单项选择题'), shadedTable('FFFFFF')])).rejects.toThrow(/未在 Word 文档中找到/);
  });

  test('red on one row only, or a whole column red, keys nothing', async () => {
    const lone = await docx([
      table([
        HEAD,
        ['1', '党的根本宗旨是（ ）。', '[r:全心全意为人民服务]', '发展经济', '对外开放'],
        ['2', '党的组织原则是（ ）。', '民主集中制', '集体领导', '个人负责'],
      ]),
    ]);
    expect(lone[0]).toMatch(/只有个别题目/);
    const column = await docx([
      table([
        HEAD,
        ['1', '党的根本宗旨是（ ）。', '[r:全心全意为人民服务]', '发展经济', '对外开放'],
        ['2', '党的组织原则是（ ）。', '[r:民主集中制]', '集体领导', '个人负责'],
      ]),
    ]);
    expect(column.map((r) => typeof r === 'string' && /一整列/.test(r))).toEqual([true, true]);
  });
});

describe('web test exports: scores and 答案是/为', () => {
  test('（2分） before or after a stem is dropped, and 答案为B / 正确答案是：C are answer lines', async () => {
    const rows = await text([
      '一、单选题',
      '1．（2分）党的全国代表大会每（  ）年举行一次。',
      'A．三　B．四　C．五',
      '正确答案是：C',
      '2．预备党员的预备期为（  ）。（2分）',
      'A．半年　B．一年',
      '答案为B',
    ]);
    expect(rows.map(keyOf)).toEqual([[2], [1]]);
    expect(rows.map((r) => typeof r !== 'string' && r.stem)).toEqual([
      '党的全国代表大会每（  ）年举行一次。',
      '预备党员的预备期为（  ）。',
    ]);
  });

  test('a 填空 key in brackets followed by the score: the score is no second blank', async () => {
    const rows = await text([
      '三、填空题',
      '1．党的组织原则是（ 民主集中制 ）。（1.5分）',
      '2．党的最高理想是实现（ 共产主义 ）。',
    ]);
    expect(rows[0]).toMatchObject({ fact: '党的组织原则是民主集中制。', blanks: [{ text: '民主集中制' }] });
  });
});

test('题型 written in full: a 单项选择题 with two letters is refused, a 多项选择题 with one stays 多选', () => {
  const row = (type: string, answer: string) =>
    normalizeRaw({
      stem: '下列说法正确的是（ ）。',
      options: ['甲', '乙', '丙'],
      answer,
      explanation: '',
      tags: [],
      type,
    });
  expect(row('单项选择题', 'AB')).toMatch(/题型为单选题/);
  expect(row('多项选择题', 'B')).toMatchObject({ kind: '多选', correct: [1] });
});

describe('a key with a note after it', () => {
  const row = (answer: string, options = ['三', '四', '五']) =>
    normalizeRaw({
      stem: '党的全国代表大会每（ ）年举行一次。',
      options,
      answer,
      explanation: '',
      tags: [],
      type: options.length ? '单选' : '判断',
    });

  test('the note goes to the explanation', () => {
    expect(row('C（见党章第十九条）')).toMatchObject({ correct: [2], explanation: '见党章第十九条' });
    expect(row('错误，预备党员没有表决权', [])).toMatchObject({ kind: '判断', correct: [1] });
  });

  test('a note naming another option, letter or truth word keeps the row refused', () => {
    expect(row('C（四）')).toMatch(/不是任何一个选项/);
    expect(row('B（或C也可）')).toMatch(/不是任何一个选项/);
    expect(row('错，应当是对的', [])).toMatch(/不是“正确”或“错误”/);
  });
});

test('items numbered 1） 2）: items, while statements 1）2）3） inside an item stay in its stem', async () => {
  const rows = await text([
    '一、单项选择题',
    '1）下列说法中，符合党章规定的是（  ）。',
    '1）党员必须履行党员义务',
    '2）党员可以搞特权',
    'A．1）　B．2）',
    '答案：A',
    '2）预备党员的预备期为（  ）。',
    'A．半年　B．一年',
    '答案：B',
  ]);
  expect(rows.map(keyOf)).toEqual([[0], [1]]);
  expect(rows[0]).toMatchObject({
    stem: '下列说法中，符合党章规定的是（  ）。\n1）党员必须履行党员义务\n2）党员可以搞特权',
  });
});

// banks9 causes (fixtures/wild/b9-*), keys: √ or 对 typed after a wide gap at a statement's end;
// 答案： alone over its key; section keys with no numbers (CBCAB　BA); the key in brackets before
// the stem; letters on the underline (__C__); ticked options (五√); 判断 keyed A/B where the
// section says which is 正确; other answer labels; 多选 keyed by the options' texts; 三/五 for two
// blanks. Guards keep what must stay refused or whole.
import { describe, expect, it } from 'vitest';
import { key, text, type Got } from './banks7-read.js';

const options = 'A．三　B．四　C．五　D．六';
const stems = (rows: (Got | string)[]) => rows.map((r) => (typeof r === 'string' ? r : r.stem));

describe('判断 keys at the end of the line', () => {
  it('reads √ × 对 错误 after a wide gap as the key', async () => {
    const rows = await text([
      '判断题',
      '1．甲是乙。　　　　√',
      '2．丙是丁。          ×',
      '3．戊是己。　　对',
      '4．庚是辛。　　　错误',
    ]);
    expect(rows.map(key)).toEqual([[0], [1], [0], [1]]);
    expect(stems(rows)[0]).toBe('甲是乙。');
  });

  it('drops a statement’s empty （ ） keyed √ outside a 判断 section; fills a blank mid-sentence keyed 正确', async () => {
    const rows = await text([
      '1．甲是乙。（  ）',
      '【答案】',
      '√',
      '2．坚持（  ）的方向。',
      '答案：正确',
      '3．丙（  ）。',
      options,
      '答案：B',
    ]);
    expect(stems(rows)[0]).toBe('甲是乙。');
    // 正确 fills the blank inside the sentence: a 填空, not a 判断 of a sentence with a hole in it.
    expect(key(rows[1]!)).toEqual(['正确']);
    expect((rows[1] as Got).fact).toBe('坚持正确的方向。');
  });

  it('keeps 对 that ends a sentence without a gap in the statement (guard)', async () => {
    const rows = await text(['判断题', '1．他说的对', '答案：√', '2．丙是丁。', '答案：×']);
    expect(stems(rows)[0]).toBe('他说的对');
  });
});

describe('答案： alone over its key', () => {
  it('joins the key on the next line to the mark, in 单选, 判断 and 填空 (2/3 is content there)', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．甲（  ）。',
      options,
      '答案：',
      'C',
      '二、判断题',
      '2．乙是丙。',
      '答案：',
      '×',
      '三、填空题',
      '3．全体代表的（　　）以上。',
      '答案：',
      '2/3',
      '- 2 -',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], ['2/3']]);
  });

  it('leaves 答案： over section keys (CB) a key list, keying each item in order', async () => {
    const rows = await text(['一、单项选择题', '1．甲（  ）。', options, '2．乙（  ）。', options, '答案：', 'CB']);
    expect(rows.map(key)).toEqual([[2], [1]]);
  });
});

describe('key lists without numbers', () => {
  const paper = (keys: string) => [
    '一、单项选择题',
    ...['甲', '乙', '丙'].flatMap((s, i) => [`${i + 1}．${s}（  ）。`, options]),
    '二、判断题',
    '1．丁是戊。（  ）',
    '2．己是庚。（  ）',
    '参考答案',
    `一、单项选择题：${keys}`,
    '二、判断题：√×',
  ];

  it('keys each item in order when the section has as many keys as items', async () => {
    expect((await text(paper('CBA'))).map(key)).toEqual([[2], [1], [0], [0], [1]]);
  });

  it('keys none of a section whose count differs, saying why (guard)', async () => {
    const rows = await text(paper('CB'));
    expect(rows.slice(0, 3).every((r) => typeof r === 'string' && r.includes('没有写题号'))).toBe(true);
    expect(rows.slice(3).map(key)).toEqual([[0], [1]]);
  });
});

describe('keys written into the stem', () => {
  it('takes the key in brackets before the stem out of it', async () => {
    const rows = await text(['1．（C）甲（  ）。', options, '2．( B )乙（  ）。', options]);
    expect(rows.map(key)).toEqual([[2], [1]]);
    expect(stems(rows)).toEqual(['甲（  ）。', '乙（  ）。']);
  });

  it('reads letters written on the underline as the key', async () => {
    const rows = await text(['1．党的全国代表大会每__C__年举行一次。', options, '2．乙为＿Ｂ＿。', options]);
    expect(rows.map(key)).toEqual([[2], [1]]);
    expect(stems(rows)[0]).toBe('党的全国代表大会每____年举行一次。');
  });

  it('never reads words between two blanks as a 填空 key (guard)', async () => {
    const rows = await text([
      '填空题',
      '1．每届任期____年至____年。',
      '2．党的宗旨是________。',
      '3．乙是（　　）。',
      '答案：甲',
    ]);
    expect(rows.slice(0, 2).every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('ticked options', () => {
  it('reads a tick after an option as the key; two ticks in a 单选 are refused', async () => {
    const rows = await text([
      '一、单项选择题',
      '1．甲（  ）。',
      'A．三',
      'B．四',
      'C．五√',
      'D．六',
      '2．乙（  ）。',
      'A．三√　B．四　C．五√　D．六',
      '二、多项选择题',
      '3．丙（  ）。',
      'A．三 ✔',
      'B．四 ✔',
      'C．五',
      'D．六',
    ]);
    expect(rows.map(key)).toEqual([[2], expect.stringContaining('单选'), [0, 1]]);
    expect((rows[0] as Got).options).toEqual(['三', '四', '五', '六']);
  });
});

describe('判断 keyed by letter', () => {
  it('reads A and B as the section note says (正确的选A，错误的选B)', async () => {
    const rows = await text(['二、判断题（正确的选A，错误的选B）', '1．甲是乙。', '答案：A', '2．丙是丁。', '答案：B']);
    expect(rows.map(key)).toEqual([[0], [1]]);
  });

  it('reads the note on the line under the heading, the other way round', async () => {
    const rows = await text(['二、判断题', '（对的填B，错的填A）', '1．甲是乙。', '答案：B', '2．丙是丁。', '答案：A']);
    expect(rows.map(key)).toEqual([[0], [1]]);
  });

  it('refuses A and B where no note says what they stand for (guard)', async () => {
    const rows = await text(['二、判断题', '1．甲是乙。', '答案：A', '2．丙是丁。', '答案：B']);
    expect(rows.every((r) => typeof r === 'string')).toBe(true);
  });
});

describe('answer lines', () => {
  it('reads 正确选项：, 答案（B）, 答案 C, 选项答案： and 【答案】ABD【分值】2', async () => {
    const rows = await text([
      '1．甲（  ）。',
      options,
      '正确选项：C',
      '2．乙（  ）。',
      options,
      '答案（B）',
      '3．丙（  ）。',
      options,
      '答案 C',
      '4．丁（  ）。',
      options,
      '选项答案：A',
      '5．戊（  ）。（多选）',
      options,
      '【答案】ABD【分值】2',
    ]);
    expect(rows.map(key)).toEqual([[2], [1], [2], [0], [0, 1, 3]]);
    expect(stems(rows)[4]).toBe('戊（  ）。');
  });

  it('keeps 答案 followed by words in the stem of a written answer (guard)', async () => {
    const rows = await text(['简答题', '1．答案 是什么？', '答：标准的回答。', '2．乙是什么？', '答：乙。']);
    expect(stems(rows)[0]).toBe('答案 是什么？');
  });

  it('reads a 多选 keyed by its options’ texts parted by 、', async () => {
    const rows = await text([
      '1．“四个自信”包括哪些？',
      'A.道路自信',
      'B.理论自信',
      'C.制度自信',
      'D.文化自信',
      '正确答案：道路自信、理论自信、文化自信',
      '2．乙（  ）。',
      options,
      '答案：B',
    ]);
    expect(rows.map(key)).toEqual([[0, 1, 3], [1]]);
  });

  it('parts two blanks keyed 三/五, but keeps 2/3 for one blank whole', async () => {
    const rows = await text([
      '填空题',
      '1．任期（　　）年至（　　）年。',
      '答案：三/五',
      '2．全体代表的（　　）以上。',
      '答案：2/3',
    ]);
    expect(rows.map(key)).toEqual([['三', '五'], ['2/3']]);
  });
});

describe('a truth word in a sentence’s blank', () => {
  it('stays a 判断 where the bank calls the item one (guard)', async () => {
    const rows = await text(['判断题', '1．坚持（  ）的方向。', '答案：正确', '2．甲是乙。', '答案：×']);
    expect(rows.map(key)).toEqual([[0], [1]]);
  });
});

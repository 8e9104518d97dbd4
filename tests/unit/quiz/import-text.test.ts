// Numbered text banks (import-text.ts): what the labelled fixtures in fixtures/wild do not show —
// texts that are not banks, Anki notes that stay Anki notes, and written answers with points.
import { Document, Packer, Paragraph } from 'docx';
import { expect, test } from 'vitest';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw, type RawItem } from '../../../electron/core/quiz/import-normalize.js';

const bank = (name: string, text: string) => parseBank(name, Buffer.from(text, 'utf8'));

test('a speech with numbered paragraphs and no key is refused with a Chinese message, not read as questions', async () => {
  const speech =
    '同志们：\n1. 坚持党的全面领导，提高政治站位。\n2. 坚持以人民为中心，办好民生实事。\n3. 坚持从严治党，锻造过硬队伍。';
  await expect(bank('讲话.txt', speech)).rejects.toThrow(/未能识别文本题库.*题号/);
});

test('Anki notes (front⇥back on every line) stay Anki notes even when fronts are numbered', async () => {
  const parsed = await bank('anki.txt', '1. 党的根本宗旨\t全心全意为人民服务\n2. 党的最高理想\t实现共产主义\n');
  expect(parsed.format).not.toBe('编号文本题库');
  expect(parsed.rows).toHaveLength(2);
});

test('a written answer keeps its numbered points; the next item starts only where its own answer follows', async () => {
  const text = [
    '五、简答题',
    '1. 党员的义务有哪些？（答出三条即可）',
    '答：1. 认真学习党的理论；',
    '2. 贯彻执行党的基本路线；',
    '3. 坚持党和人民的利益高于一切。',
    '2. 党的纪律处分有哪几种？',
    '答：警告、严重警告、撤销党内职务、留党察看、开除党籍。',
  ].join('\n');
  const rows = (await bank('简答.txt', text)).rows as RawItem[];
  expect(rows).toHaveLength(2);
  expect(rows[0]!.answer).toBe('1. 认真学习党的理论；\n2. 贯彻执行党的基本路线；\n3. 坚持党和人民的利益高于一切。');
  expect(rows[1]!.stem).toBe('党的纪律处分有哪几种？');
});

test("a bare 答案： is a key list, not the last item's answer, when the items above it have no answers of their own", async () => {
  const text = [
    '简答题',
    '1、党的纪律处分有哪几种？',
    '2、党员的权利有哪些？',
    '答案：',
    '1. 警告、严重警告、撤销党内职务、留党察看、开除党籍。',
    '2. 参加党的有关会议，阅读党的有关文件。',
  ].join('\n');
  const rows = (await bank('简答.txt', text)).rows as RawItem[];
  expect(rows.map((r) => r.answer)).toEqual([
    '警告、严重警告、撤销党内职务、留党察看、开除党籍。',
    '参加党的有关会议，阅读党的有关文件。',
  ]);
});

test('a bare 答案： followed by a section heading stays a key list (the heading names its section)', async () => {
  const text = [
    '一、简答题',
    '1、党的纪律处分有哪几种？',
    '答案：警告、严重警告、撤销党内职务、留党察看、开除党籍。',
    '2、党员的权利有哪些？',
    '答案：',
    '简答题',
    '2. 参加党的有关会议，阅读党的有关文件。',
  ].join('\n');
  const rows = (await bank('简答.txt', text)).rows as RawItem[];
  expect(rows[1]!.answer).toBe('参加党的有关会议，阅读党的有关文件。');
});

test('a 单选 section item whose brackets hold two letters is refused (a 单选 has one key)', async () => {
  const text = '一、单项选择题\n1. 甲（ AB ）\nA. 一 B. 二\n2. 乙（ A ）\nA. 一 B. 二';
  const rows = (await bank('单选.txt', text)).rows as RawItem[];
  expect(normalizeRaw(rows[0]!)).toMatch(/单选题.*2 个选项/);
  expect(rows[0]!.label).toBe('单项选择题第 1 题'); // the report names the item as the file numbers it
  expect(normalizeRaw(rows[1]!)).toMatchObject({ kind: '单选', correct: [0] });
});

test('a Word file without numbered questions gets a Chinese message naming what to change', async () => {
  const doc = new Document({
    sections: [{ children: [new Paragraph('学习心得'), new Paragraph('通过学习，我深刻认识到……')] }],
  });
  await expect(parseBank('心得.docx', await Packer.toBuffer(doc))).rejects.toThrow(/未在 Word 文档中找到编号的题目/);
});

test('an option that names other letters (D.以上A、B都对) stays one option, on its own line or run on', async () => {
  const text = [
    '1、下列说法正确的是( )。A.甲B.乙C.丙D.以上A、B都对正确答案:D',
    '2、下列说法正确的是（ ）',
    'A.甲　B.乙',
    'C.丙　D.以上A、B都对',
    '答案：D',
  ].join('\n');
  const rows = (await bank('以上.txt', text)).rows as RawItem[];
  for (const row of rows)
    expect(normalizeRaw(row)).toMatchObject({
      kind: '单选',
      options: ['甲', '乙', '丙', '以上A、B都对'],
      correct: [3],
    });
});

test('two papers, each with its key list: no item is given the other paper’s key', async () => {
  const text = [
    '1. 党的根本工作路线是（ ）。',
    'A. 实事求是 B. 群众路线',
    '2. 预备期为（ ）。',
    'A. 半年 B. 一年',
    '参考答案：1.B 2.B',
    '试卷二',
    '1. 党的最高理想是（ ）。',
    'A. 共产主义 B. 小康',
    '2. 党的宗旨是（ ）。',
    'A. 为人民服务 B. 发展经济',
    '参考答案：1.A 2.A',
  ].join('\n');
  const rows = (await bank('两卷.txt', text)).rows;
  expect(rows).toHaveLength(4);
  // Each key list answers the items between it and the list before it (banks7: where the paper goes
  // on after a key list, the list answers the part above it; numbers alone could not tell them apart).
  const keys = rows.map((row) => (normalizeRaw(row as Exclude<typeof row, string>) as { correct: number[] }).correct);
  expect(keys).toEqual([[1], [1], [0], [0]]);
});

test('an option line whose next letter lacks its mark is refused, not merged into the option before', async () => {
  const text =
    '1. 党的根本工作路线是（ ）。\nA. 实事求是\nB. 群众路线\nC 改革创新\nD. 解放思想\n答案：B\n2. 乙（ ）\nA. 一 B. 二\n答案：A';
  const [first] = (await bank('缺点.txt', text)).rows;
  expect(first).toMatch(/选项B.*含有后面的选项/);
});

test('topic headings start sections, page marks are dropped, 【√】 keys a 判断, 一、二、 points stay in the answer', async () => {
  const text = [
    '一、党章知识',
    '1. 党的根本宗旨是（ ）。',
    'A. 全心全意为人民服务 B. 发展经济',
    '答案：A',
    '第 1 页 共 2 页',
    '二、党史知识',
    '1. 党的一大在上海召开。【√】',
    '三、简答题',
    '1. 简述党的三大作风。',
    '答：一、理论联系实际；',
    '二、密切联系群众；',
    '三、批评与自我批评。',
  ].join('\n');
  const rows = (await bank('主题.txt', text)).rows as RawItem[];
  expect(rows.map((r) => r.label)).toEqual(['第 1 题', '第 1 题', '简答题第 1 题']);
  expect(rows[0]!.answer).toBe('A');
  expect(rows[0]!.options).toEqual(['全心全意为人民服务', '发展经济']); // no page mark in the last option
  expect(normalizeRaw(rows[1]!)).toMatchObject({ kind: '判断', correct: [0], stem: '党的一大在上海召开。' });
  expect(rows[2]!.answer).toBe('一、理论联系实际；\n二、密切联系群众；\n三、批评与自我批评。');
});

// Question-bank import: every supported format, answers as letters or text, counts of imported /
// duplicate / invalid rows with reasons, nothing half-stored, and clear errors for broken files.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FIXTURES, makeCore, type TestCore } from './helpers.js';

let t: TestCore;
beforeEach(() => (t = makeCore()));
afterEach(() => t.close());

const load = (name: string) =>
  t.call('quizImport', { name, dataBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') });
const imported = async () => (await t.call('quizList', { origin: 'imported', limit: 500 })).items;

describe('JSON banks', () => {
  test('{question, answer, wrongAnswer, option, datetime}: choice, 判断, 填空 from （ ）, 多选 letters, duplicates and invalid rows', async () => {
    const r = await load('xxqg-question.json');
    expect(r).toMatchObject({ format: 'json-question', total: 7, imported: 4, duplicates: 1 });
    expect(r.invalid.map((i) => i.index)).toEqual([6, 7]);
    expect(r.invalid[0]?.reason).toContain('缺少题目');
    expect(r.invalid[1]?.reason).toContain('超出选项范围');
    const items = await imported();
    const single = items.find((i) => i.stem.startsWith('中国共产党的根本宗旨'));
    expect(single?.kind).toBe('单选');
    expect(single?.options).toEqual(['全心全意为人民服务', '实现共产主义', '发展生产力', '改革开放']);
    expect(single?.correct).toEqual([0]);
    const truth = items.find((i) => i.stem.includes('枫桥经验'));
    expect(truth).toMatchObject({ kind: '判断', options: ['正确', '错误'], correct: [0] });
    const fill = items.find((i) => i.kind === '填空');
    expect(fill?.fact).toBe('“四议两公开”中的“两公开”是指决议公开和实施结果公开。');
    expect(fill?.blanks).toEqual([{ start: 21, end: 25, text: '实施结果' }]);
    const multi = items.find((i) => i.kind === '多选');
    expect(multi?.correct).toEqual([0, 1, 3]);
  });

  test('{category, content, options[], answer, excludes, notes} wrapped in an object, with tags from category', async () => {
    const r = await load('xxqg-content.json');
    expect(r).toMatchObject({ format: 'json-content', total: 4, imported: 2, duplicates: 0 });
    expect(r.invalid).toEqual([
      { index: 3, reason: expect.stringContaining('选项重复') },
      { index: 4, reason: '不是题目对象' },
    ]);
    const items = await imported();
    const year = items.find((i) => i.stem.includes('第一次全国代表大会'));
    expect(year).toMatchObject({ kind: '单选', correct: [1], explanation: '1921年7月在上海召开。' });
    expect(year?.tags).toContain('党史');
    const multi = items.find((i) => i.kind === '多选');
    expect(multi?.options[0]).toBe('确立习近平同志党中央的核心、全党的核心地位');
    expect(multi?.correct).toEqual([0, 1]);
  });

  test('rows {id, catagory, content, options "a|b", answer, note}: answer given as option text', async () => {
    const r = await load('xxqg-rows.json');
    expect(r).toMatchObject({ format: 'json-rows', imported: 2, duplicates: 0 });
    expect(r.invalid).toEqual([{ index: 3, reason: '缺少答案' }]);
    const items = await imported();
    expect(items.find((i) => i.stem.includes('驻村第一书记'))).toMatchObject({
      kind: '单选',
      options: ['45.6', '51.8', '60.2', '38.9'],
      correct: [1],
    });
    expect(items.find((i) => i.stem.includes('第一要务'))).toMatchObject({ kind: '判断', correct: [0] });
  });

  test('importing the same file twice reports every item as a duplicate', async () => {
    await load('xxqg-rows.json');
    const again = await load('xxqg-rows.json');
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await imported()).toHaveLength(2);
  });
});

describe('tables', () => {
  test('CSV with 题目, 选项A–D, 答案, 解析, 标签 (BOM, quoted cells, letters and 填空)', async () => {
    const r = await load('bank.csv');
    expect(r).toMatchObject({ format: 'csv', total: 4, imported: 3 });
    expect(r.invalid).toEqual([{ index: 4, reason: '选项少于两个' }]);
    const items = await imported();
    expect(items.find((i) => i.stem.includes('国内生产总值'))).toMatchObject({
      kind: '单选',
      correct: [1],
      explanation: '2025年政府工作报告',
    });
    const multi = items.find((i) => i.kind === '多选');
    expect(multi?.correct).toEqual([0, 1, 2]);
    expect(multi?.tags).toEqual(expect.arrayContaining(['理论', '四个意识']));
    expect(items.find((i) => i.kind === '填空')?.blanks).toEqual([{ start: 11, end: 13, text: '江山' }]);
  });

  test('XLSX with the same headers, letters separated by 、', async () => {
    const r = await load('bank.xlsx');
    expect(r).toMatchObject({ format: 'xlsx', total: 4, imported: 3 });
    expect(r.invalid).toEqual([{ index: 4, reason: '缺少答案' }]);
    const items = await imported();
    expect(items.find((i) => i.stem.includes('二十大'))).toMatchObject({
      kind: '单选',
      options: ['2020年', '2021年', '2022年', '2023年'],
      correct: [2],
    });
    expect(items.find((i) => i.kind === '多选')?.correct).toEqual([0, 1, 2]);
    expect(items.find((i) => i.stem.includes('一带一路'))).toMatchObject({ kind: '判断', correct: [0] });
  });
});

describe('Word banks', () => {
  test('a .docx bank through the API (import worker): numbered items, 答案 lines and a key list by 题型', async () => {
    const r = await load('wild/word-bank.docx');
    expect(r).toMatchObject({ format: '编号文本题库', total: 5, imported: 5, invalid: [] });
    const items = await imported();
    expect(items.find((i) => i.stem.startsWith('党员的权利'))).toMatchObject({ kind: '多选', correct: [0, 1, 2] });
    expect(items.find((i) => i.stem === '预备党员享有表决权。')).toMatchObject({ kind: '判断', correct: [1] });
    expect(items.every((i) => i.tags.includes('word-bank'))).toBe(true);
  });
});

describe('PDF banks', () => {
  test('a Word bank saved as PDF through the API (import worker): page furniture dropped, key list on the last page', async () => {
    const r = await load('wild/pdf-key-list.pdf');
    expect(r).toMatchObject({ format: 'PDF 题库', total: 12, imported: 12, invalid: [] });
    const items = await imported();
    // Item 8's stem runs over a page break, under a running head and after a page number.
    const split = items.find((i) => i.stem.includes('教育实践活动'));
    expect(split?.stem).toContain('奢靡之风这“四风”问题。下列属于“四风”的有（ ）。');
    expect(split).toMatchObject({ kind: '多选', correct: [0, 1, 2, 3] });
    expect(items.find((i) => i.stem.startsWith('党的十一届三中全会'))?.correct).toEqual([2]);
    expect(items.find((i) => i.stem.startsWith('党的最高理想'))).toMatchObject({ kind: '判断', correct: [1] });
    expect(items.some((i) => /党史党章知识竞赛$|— \d —/.test(i.stem + i.options.join('')))).toBe(false);
  });

  test('uncertain keys in a PDF bank are refused with their reasons, the rest imported', async () => {
    const r = await load('wild/pdf-uncertain.pdf');
    expect(r).toMatchObject({ total: 5, imported: 1 });
    expect(r.invalid.map((i) => i.index)).toEqual([1, 2, 3, 4]);
    expect(r.invalid[1]?.reason).toContain('题干中的答案“B”与答案行“C”不一致');
  });

  test('a scanned PDF (an image, no text) is refused with what to do; nothing is stored', async () => {
    await expect(load('wild/pdf-scanned.pdf')).rejects.toThrow(/没有可读取的文字.*扫描件.*文字识别（OCR）/);
    expect(await imported()).toHaveLength(0);
  });

  test('a page pasted in as a picture between typed pages: the bank is refused, naming the page', async () => {
    // Read on, item 2 would take item 5 into its answer: no item of the file is certain.
    await expect(load('wild/pdf-pictured-page.pdf')).rejects.toThrow(/第 2 页只有图片、没有文字/);
    expect(await imported()).toHaveLength(0);
  });
});

describe('Anki text', () => {
  test('#separator:tab with html and a tags column: question/answer notes; a row without back is invalid', async () => {
    const r = await load('anki-basic.txt');
    expect(r).toMatchObject({ format: 'anki', total: 3, imported: 2 });
    expect(r.invalid).toHaveLength(1);
    expect(r.invalid[0]?.reason).toContain('缺少背面');
    const items = await imported();
    const qa = items.find((i) => i.stem === '中国共产党的根本宗旨是什么？');
    expect(qa).toMatchObject({ kind: '填空', fact: '全心全意为人民服务' });
    expect(qa?.tags).toContain('党章');
    const hole = items.find((i) => i.fact.includes('“两个维护”'));
    expect(hole?.blanks[0]?.text).toBe('党中央权威和集中统一领导');
  });

  test('#separator:semicolon with clozes: each {{c::…}} becomes an explicit blank', async () => {
    const r = await load('anki-cloze.txt');
    expect(r).toMatchObject({ imported: 2, invalid: [] });
    const items = await imported();
    const jiangshan = items.find((i) => i.fact === '江山就是人民，人民就是江山');
    expect(jiangshan?.blanks).toEqual([
      { start: 0, end: 2, text: '江山' },
      { start: 11, end: 13, text: '江山' },
    ]);
    expect(jiangshan?.explanation).toBe('七一讲话');
  });
});

describe('malformed files get a clear Chinese error and store nothing', () => {
  test.each([
    ['malformed.json', '不是有效的 JSON'],
    ['not-a-bank.json', '题目数组'],
    ['malformed-quotes.csv', '引号不匹配'],
    ['missing-headers.csv', '缺少必需的列'],
    ['broken.xlsx', '无法读取 Excel 文件'],
    ['bank.pdf', '无法读取 PDF 文件'],
    ['bank.xls', '另存为” .xlsx'],
  ])('%s', async (name, message) => {
    const made = { 'bank.pdf': Buffer.from('%PDF-1.4'), 'bank.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) }[name];
    const data = made ?? fs.readFileSync(path.join(FIXTURES, name));
    await expect(t.call('quizImport', { name, dataBase64: data.toString('base64') })).rejects.toThrow(message);
    expect(await imported()).toHaveLength(0);
  });
});

// banks12 causes (fixtures/wild/b12-*): keys written 选B / A项; a key then its labelled 解析 in a
// table cell; key lists whose keys stand in brackets; answer copies that write the right option's
// text into the stem's brackets; pictures ([图片], <img>) inside an item. Guards keep what must stay
// refused or unread.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeRaw, type RawItem } from '../../../electron/core/quiz/import-normalize.js';
import { key, read, text, type Got } from './banks7-read.js';
import { WILD } from './wild-score.js';

const options = ['A．三', 'B．四', 'C．五', 'D．六'];
const row = (answer: string, over: Partial<RawItem> = {}) =>
  normalizeRaw({ stem: '甲是（ ）。', options: ['三', '四', '五', '六'], answer, explanation: '', tags: [], ...over });
const keyOf = (r: ReturnType<typeof normalizeRaw>) => (typeof r === 'string' ? r : r.correct);

describe('keys written with 选 or 项', () => {
  it('reads 选B, 应选C项, 本题选A, 选项B, A项 and 选ABD as the letters', () => {
    expect(['选B', '应选C项', '本题选A', '选项B', 'A项', '选 D'].map((a) => keyOf(row(a)))).toEqual([
      [1],
      [2],
      [0],
      [1],
      [0],
      [3],
    ]);
    expect(keyOf(row('选ABD', { type: '多选' }))).toEqual([0, 1, 3]);
  });

  it('keeps an option text that starts with 选 (选举权) and refuses letters glued to Latin words', () => {
    expect(keyOf(row('选举权', { options: ['表决权', '选举权', '知情权', '建议权'] }))).toEqual([1]);
    expect(typeof row('选Bx')).toBe('string');
  });
});

describe('a key then its labelled 解析 in one cell', () => {
  it('reads the key when the 解析 names other letters', () => {
    const got = row('A。解析：见党章，B、C均为阶段性目标。');
    expect(keyOf(got)).toEqual([0]);
    expect((got as { explanation: string }).explanation).toBe('见党章，B、C均为阶段性目标。');
    expect(keyOf(row('ABC。解析：D项不是。', { type: '多选' }))).toEqual([0, 1, 2]);
    expect(
      keyOf(normalizeRaw({ stem: '甲对。', options: [], answer: '错。【解析】乙。', explanation: '', tags: [] })),
    ).toEqual([1]);
  });

  it('still refuses a note without a label that names another letter', () => {
    expect(typeof row('A，B也可')).toBe('string');
  });
});

describe('key lists whose keys stand in brackets', () => {
  it('reads 1．（ABC）　2．（AB） and a range of bracketed keys run together', async () => {
    const stem = (n: number) => [`${n}．${'甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]}是（ ）。`, ...options];
    const listed = await text(['多项选择题', ...stem(1), ...stem(2), '参考答案：', '1．（ABC）　2．（AB）']);
    expect(listed.map(key)).toEqual([
      [0, 1, 2],
      [0, 1],
    ]);
    const ranged = await text(['不定项选择题', ...stem(1), ...stem(2), ...stem(3), '参考答案', '1-3：(ABC)(B)(AD)']);
    expect(ranged.map(key)).toEqual([[0, 1, 2], [1], [0, 3]]);
  });

  it('keys none of a range whose bracketed keys do not count out', async () => {
    const stem = (n: number) => [`${n}．${'甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]}是（ ）。`, ...options];
    const rows = await text([
      '单项选择题',
      ...stem(1),
      ...stem(2),
      ...stem(3),
      '答案：C',
      '参考答案',
      '1-2：(A)(B)(C)',
    ]);
    expect(rows.map(key)).toEqual([expect.any(String), expect.any(String), [2]]);
  });
});

describe("an option's text written in the stem's brackets", () => {
  const years = ['A．1919年', 'B．1921年', 'C．1927年', 'D．1949年'];
  it('keys the item and empties the bracket', async () => {
    const rows = await text(['1．甲召开于（1921年）。', ...years, '2．乙每（ 五 ）年举行一次。', ...options]);
    expect(rows.map(key)).toEqual([[1], [2]]);
    expect((rows[0] as Got).stem).toBe('甲召开于（ ）。');
  });

  it('empties the bracket beside a typed key that agrees, refuses one that does not', async () => {
    const rows = await text([
      '1．甲召开于（1921年）。',
      ...years,
      '答案：B',
      '2．乙召开于（1921年）。',
      ...years,
      '答案：A',
    ]);
    expect((rows[0] as Got).stem).toBe('甲召开于（ ）。');
    expect(rows[1]).toMatch(/不一致/);
  });

  it('reads nothing where the stem has its own blank or two brackets name options', async () => {
    const rows = await text([
      '1．甲（1921年）召开于（ ）。',
      ...years,
      '答案：C',
      '2．乙（1919年）还是（1921年）？',
      ...years,
      '3．丙是（1920年）。',
      ...years,
    ]);
    expect(rows.map(key)).toEqual([[2], expect.stringMatching(/缺少答案/), expect.stringMatching(/缺少答案/)]);
  });
});

describe('pictures inside an item', () => {
  it('refuses an item whose stem or options hold [图片]', async () => {
    const rows = await text([
      '1．下图所示会址位于（ ）。',
      '[图片]',
      ...options,
      '答案：B',
      '2．党徽是（ ）。',
      'A．[图片]　B．[图片]　C．[图片]　D．[图片]',
      '答案：C',
      '3．乙是（ ）。',
      ...options,
      '答案：A',
    ]);
    expect(rows.map(key)).toEqual([expect.stringMatching(/图片/), expect.stringMatching(/图片/), [0]]);
  });

  it('writes a web page’s <img> as [图片]: the item is refused, logos and dividers outside items are not', async () => {
    const body = [
      '<img src="logo.png"><p>一、单项选择题</p>',
      '<p>1．下图所示会址位于（ ）。<img src="q1.jpg"></p><p>A．三　B．四　C．五　D．六</p><p>答案：C</p>',
      '<p>2．乙是（ ）。</p><p>A．三　B．四　C．五　D．六</p><p>答案：A</p><p><img src="line.gif"></p>',
      '<p>3．丙是（ ）。</p><p>A．三　B．四　C．五　D．六</p><p>答案：D</p>',
    ].join('');
    const rows = await read(
      'bank.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`,
    );
    expect(rows.map(key)).toEqual([expect.stringMatching(/图片/), [0], [3]]);
  });

  it('drops emoji and icons drawn as pictures (a bullet before each item, a small image)', async () => {
    const body = [
      '<p><img class="rich_pages wxw-img" src="icon-dot.png">1．甲是（ ）。</p><p>A．三　B．四　C．五　D．六</p><p>答案：C</p>',
      '<p><img src="x.png" width="16" height="16">2．乙是（ ）。</p><p>A．三　B．四　C．五　D．六</p><p>答案：A</p>',
    ].join('');
    const rows = await read(
      'bank.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`,
    );
    expect(rows.map(key)).toEqual([[2], [0]]);
  });

  it('writes a Word picture as [图片]: an item with one in its stem or options is refused', async () => {
    const rows = await read('bank.docx', fs.readFileSync(path.join(WILD, 'b12-word-pictures.docx')));
    expect(rows.map(key)).toEqual([expect.stringMatching(/图片/), expect.stringMatching(/图片/), [0], [0]]);
  });
});

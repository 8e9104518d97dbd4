// Word's automatic numbering drawn into a .docx body (formats/docx-number-labels.ts): labels,
// counters and restarts as Word shows them, and what is left alone.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatNumber } from '../../../electron/core/content/formats/docx-number-text.js';
import { forMammoth } from '../../../electron/core/content/formats/docx-parts.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import {
  abstractNum,
  lvl,
  num,
  p,
  para,
  textBox,
  wordFile,
  type WordFile,
} from '../../fixtures/import/gen/word-xml.js';

/** The paragraphs' texts as mammoth will read them (the body after forMammoth), one per paragraph. */
function drawn(f: WordFile): string[] {
  const xml = strFromU8(unzipSync(forMammoth(wordFile(f)))['word/document.xml']!);
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

const item = (text: string, id: number, ilvl = 0) => para(text, { num: { id, ilvl } });

describe('number formats', () => {
  it('Chinese numerals as Word counts: 十, 十一, 二十, 一百零五', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
    ]);
  });

  it('letters, roman, circled, stems, zero-padded; an unknown format gives none', () => {
    expect(formatNumber(27, 'upperLetter')).toBe('AA');
    expect(formatNumber(3, 'lowerLetter')).toBe('c');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(2, 'chineseCountingThousand')).toBe('二');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(2, 'none')).toBe('');
    expect(formatNumber(2, 'japaneseCounting')).toBeNull();
  });
});

describe('labels drawn into the body', () => {
  const twoLevels = abstractNum(0, [lvl(0, 'chineseCounting', '%1、'), lvl(1, 'chineseCounting', '（%2）')]);

  it('a lower level restarts under each higher one; both follow the one list', () => {
    const got = drawn({
      numbering: twoLevels + num(1, 0),
      body: ['甲', '乙', '丙'].map((h) => item(h, 1) + item('子', 1, 1) + item('丑', 1, 1)).join(''),
    });
    expect(got).toEqual([
      '一、甲',
      '（一）子',
      '（二）丑',
      '二、乙',
      '（一）子',
      '（二）丑',
      '三、丙',
      '（一）子',
      '（二）丑',
    ]);
  });

  it('lists on one definition share its counters; a start override starts a list of its own', () => {
    const defs = abstractNum(0, [lvl(0, 'decimal', '%1．')]) + num(1, 0) + num(2, 0) + num(3, 0, { 0: 1 });
    const got = drawn({
      numbering: defs,
      body: item('a', 1) + item('b', 1) + item('c', 2) + item('d', 3) + item('e', 3),
    });
    expect(got).toEqual(['1．a', '2．b', '3．c', '1．d', '2．e']);
  });

  it('w:lvlRestart 0 keeps a level counting; w:isLgl writes every number in decimal; w:start', () => {
    const defs =
      abstractNum(0, [
        lvl(0, 'chineseCounting', '第%1章', '<w:suff w:val="space"/>'),
        lvl(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/><w:isLgl/>', 3),
      ]) + num(1, 0);
    const got = drawn({ numbering: defs, body: item('总则', 1) + item('x', 1, 1) + item('分则', 1) + item('y', 1, 1) });
    expect(got).toEqual(['第一章 总则', '1.3 x', '第二章 分则', '2.4 y']);
  });

  it('style numbering: Heading 1 numbers, a style based on it too, numId 0 on the paragraph switches it off', () => {
    const got = drawn({
      numbering: abstractNum(0, [lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>')]) + num(1, 0),
      styleNum: { Heading1: { id: 1 } },
      extraStyles: [{ id: 'Mine', name: 'mine', basedOn: 'Heading1' }],
      body:
        para('甲', { style: 'Heading1' }) +
        para('不编号', { style: 'Heading1', num: { id: 0, ilvl: 0 } }) +
        para('乙', { style: 'Mine' }) +
        para('正文'),
    });
    expect(got).toEqual(['一、甲', '不编号', '二、乙', '正文']);
  });

  it('a paragraph whose mark is hidden or deleted neither shows nor advances a number', () => {
    const hidden = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>注</w:t></w:r></w:p>`;
    const deleted = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>删</w:delText></w:r></w:del></w:p>`;
    const got = drawn({
      numbering: abstractNum(0, [lvl(0, 'decimal', '%1.')]) + num(1, 0),
      body: item('a', 1) + hidden + item('b', 1) + deleted + item('c', 1),
    });
    expect(got).toEqual(['1. a', '', '2. b', '', '3. c']);
  });

  it('a numbered paragraph in a text box (written twice, as DrawingML and VML) counts once', async () => {
    const box = p(textBox(item('框', 1)));
    const file = wordFile({
      numbering: abstractNum(0, [lvl(0, 'decimal', '%1.')]) + num(1, 0),
      body: item('a', 1) + box + item('b', 1),
    });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(forMammoth(file)) });
    expect(value.split('\n').filter(Boolean)).toEqual(['1. a', '2. 框', '3. b']);
  });

  it('bullets, formats not drawn and levels without a start are left to mammoth as lists', () => {
    const noStart =
      '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>';
    const defs =
      abstractNum(0, [lvl(0, 'bullet', '•')]) +
      abstractNum(1, [lvl(0, 'japaneseCounting', '%1')]) +
      noStart +
      num(1, 0) +
      num(2, 1) +
      num(3, 2);
    const body = item('a', 1) + item('b', 2) + item('c', 3);
    const xml = strFromU8(unzipSync(forMammoth(wordFile({ numbering: defs, body })))['word/document.xml']!);
    expect(drawn({ numbering: defs, body })).toEqual(['a', 'b', 'c']);
    expect(xml.match(/<w:numId w:val="[123]"\/>/g)).toHaveLength(3);
  });
});

describe('a speech whose headings Word numbers, imported', () => {
  it('has 一、 and （一） in its outline, the sub-headings restarting under each 一、', async () => {
    const file = new URL('../../fixtures/import/docx/shape-numbering-levels.docx', import.meta.url);
    const res = await importBytes('x.docx', new Uint8Array(fs.readFileSync(file)));
    const outline = res.documents[0]!.paragraphs.filter((x) => x.kind === 'h').map((x) => x.text);
    expect(outline.slice(0, 4)).toEqual([
      '一、提高政治站位，压实工作责任',
      '（一）强化思想认识',
      '（二）健全责任体系',
      '二、聚焦重点任务，狠抓工作落实',
    ]);
    expect(outline).toHaveLength(9);
  });
});

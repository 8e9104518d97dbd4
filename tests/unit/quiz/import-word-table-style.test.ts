// Marks a run gets from its table's style (word-table-style.ts): the style's own run properties
// over the whole table, its first/last row and column where the table's tblLook turns them on,
// under the paragraph and character styles and the run's own properties. The labelled bank is
// fixtures/wild/word-table-style.docx.
import { expect, test } from 'vitest';
import { BOLD, RED, readMarks, withRunMarks } from '../../../electron/core/quiz/word-run-marks.js';

const STYLES = `<w:styles>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Plain"><w:rPr><w:color w:val="000000"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="FirstColRed"><w:tblStylePr w:type="firstCol"><w:rPr><w:color w:val="FF0000"/></w:rPr></w:tblStylePr></w:style>
<w:style w:type="table" w:styleId="AllBold"><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="table" w:styleId="LastRowRed"><w:basedOn w:val="AllBold"/><w:tblStylePr w:type="lastRow"><w:rPr><w:color w:val="C00000"/></w:rPr></w:tblStylePr></w:style>
</w:styles>`;

const cell = (style = '', rPr = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr><w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>甲</w:t></w:r></w:p></w:tc>`;
const table = (style: string, look: string, rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="${style}"/>${look}</w:tblPr>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;
const marks = (xml: string) => readMarks(withRunMarks(xml, STYLES).replace(/<[^>]+>/g, '')).marks;
const LOOK = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0"/>';

test("a table style's first column is red only where tblLook turns it on", () => {
  expect(
    marks(
      table('FirstColRed', LOOK, [
        [cell(), cell()],
        [cell(), cell()],
      ]),
    ),
  ).toEqual([RED, 0, RED, 0]);
  expect(marks(table('FirstColRed', '<w:tblLook w:val="0020"/>', [[cell(), cell()]]))).toEqual([0, 0]);
  // The older hex form alone: 0x0080 is the first column.
  expect(marks(table('FirstColRed', '<w:tblLook w:val="0080"/>', [[cell(), cell()]]))).toEqual([RED, 0]);
});

test('a table style reaches every cell; based-on styles and the last row add to it', () => {
  expect(marks(table('LastRowRed', LOOK, [[cell()], [cell()]]))).toEqual([BOLD, BOLD | RED]);
});

test("a paragraph style, the run's own properties and bold toggling go over the table style", () => {
  expect(marks(table('FirstColRed', LOOK, [[cell('Plain'), cell('', '<w:color w:val="FF0000"/>')]]))).toEqual([0, RED]);
  // Bold from the table style and from the character style cancel out; direct bold does not.
  const both = `<w:styles>${STYLES.slice(10, -11)}<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style></w:styles>`;
  const xml = table('AllBold', '', [[cell('', '<w:rStyle w:val="Strong"/>'), cell('', '<w:b/>')]]);
  expect(readMarks(withRunMarks(xml, both).replace(/<[^>]+>/g, '')).marks).toEqual([0, BOLD]);
});

test('text outside tables and in a nested table gets the marks of its own table only', () => {
  const inner = table('FirstColRed', LOOK, [[cell(), cell()]]);
  const outer = `<w:tbl><w:tblPr><w:tblStyle w:val="AllBold"/></w:tblPr><w:tr><w:tc>${inner}</w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
  expect(marks(`<w:p><w:r><w:t>丙</w:t></w:r></w:p>${outer}`)).toEqual([0, RED, 0, BOLD]);
});

// Marks a run gets from styles (word-style-marks.ts): a character style (w:rStyle) and the styles
// it is based on, the paragraph's style, the document defaults; the run's own properties override
// them, and bold from the paragraph and the character style cancel out, as Word shows them; a
// highlight in a style is not read (Word does not take it there). The labelled bank is
// fixtures/wild/word-marks-styles.docx.
import { describe, expect, test } from 'vitest';
import { BOLD, HIGHLIGHT, RED, readMarks, withRunMarks } from '../../../electron/core/quiz/word-run-marks.js';

const STYLES = `<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Key"><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="FF0000"/><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="KeyChild"><w:basedOn w:val="Key"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Red"><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="RedMarked"><w:basedOn w:val="Red"/><w:rPr><w:highlight w:val="yellow"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Loop"><w:basedOn w:val="Loop"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>
</w:styles>`;

const run = (rPr: string) => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>甲</w:t></w:r>`;
const para = (style: string, ...runs: string[]) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs.join('')}</w:p>`;
const marks = (xml: string, styles: string | null = STYLES) =>
  readMarks(withRunMarks(xml, styles).replace(/<[^>]+>/g, '')).marks;

describe('marks from styles', () => {
  test('a character style and the style it is based on', () => {
    expect(marks(para('', run('<w:rStyle w:val="Red"/>')))).toEqual([RED]);
    expect(marks(para('', run('<w:rStyle w:val="RedMarked"/>')))).toEqual([RED]);
    expect(marks(para('', run('<w:rStyle w:val="RedMarked"/><w:highlight w:val="yellow"/>')))).toEqual([
      RED | HIGHLIGHT,
    ]);
    expect(marks(para('', run('<w:rStyle w:val="Loop"/>')))).toEqual([RED]);
    expect(marks(para('', run('<w:rStyle w:val="Missing"/>')))).toEqual([0]);
  });

  test('a paragraph style reaches every run of its paragraph, and only those', () => {
    expect(marks(para('KeyChild', run(''), run('')) + para('', run('')))).toEqual([RED | BOLD, RED | BOLD, 0]);
  });

  test("the run's own properties override the styles", () => {
    expect(marks(para('', run('<w:rStyle w:val="Red"/><w:color w:val="000000"/>')))).toEqual([0]);
    expect(marks(para('Key', run('<w:b w:val="0"/>')))).toEqual([RED]);
  });

  test('bold from the paragraph style and from the character style cancel out', () => {
    expect(marks(para('Key', run('<w:rStyle w:val="Strong"/>')))).toEqual([RED]);
    expect(marks(para('', run('<w:rStyle w:val="Strong"/>')))).toEqual([BOLD]);
  });

  test('a text box: its paragraphs have styles of their own; the outer paragraph resumes after it', () => {
    const box = `<w:r><w:drawing><w:txbxContent>${para('Key', run(''))}</w:txbxContent></w:drawing></w:r>`;
    expect(marks(`<w:p>${run('')}${box}${run('<w:rStyle w:val="Red"/>')}</w:p>`)).toEqual([0, RED | BOLD, RED]);
  });

  test('without styles.xml only the run itself counts', () => {
    expect(marks(para('Key', run('<w:rStyle w:val="Red"/>')), null)).toEqual([0]);
  });
});

// Word banks laid out as a table, the way a spreadsheet bank is pasted into Word: a header row
// (序号 | 题型 | 题目 | 选项 | 答案) over one item a row. The tables of mammoth's HTML as grids of
// cell texts for the spreadsheet reader (import-table.ts), each named by the 题型 of the heading
// above it. A cell merged down (rowspan: one 题型 over several rows) or across (colspan) stands in
// each row and column it covers, as a merged Excel cell does; without that the cells after it
// would shift into the wrong columns.
import { textOf, type El } from '../content/formats/html-dom.js';
import { withoutMarks } from './word-run-marks.js';
import { withMarkedKeys } from './word-table-keys.js';
import { tableLegend } from './word-table-legend.js';

/** A cell's paragraphs, one a line (options may stand one to a paragraph); `marked`: with the
 * runs' mark characters kept. */
function cellText(cell: El, marked: boolean): string {
  const paras = [...cell.querySelectorAll('p')];
  const lines = (paras.length ? paras : [cell]).map((p) => (marked ? textOf(p) : withoutMarks(textOf(p))));
  return lines.filter((l) => withoutMarks(l)).join('\n');
}

function grid(table: El, marked = false): string[][] {
  const out: string[][] = [];
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  rows.forEach((tr, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of [...tr.children].filter((x) => x.tagName === 'TD' || x.tagName === 'TH')) {
      while (out[r]![c] !== undefined) c++; // taken by a cell merged down from above
      const text = cellText(cell, marked);
      const across = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
      const down = Math.max(1, Number(cell.getAttribute('rowspan')) || 1);
      for (let dr = 0; dr < down && r + dr < rows.length; dr++)
        for (let dc = 0; dc < across; dc++) (out[r + dr] ??= [])[c + dc] = text;
      c += across;
    }
  });
  return out.map((row) => Array.from(row, (x) => x ?? ''));
}

/** The 题型 a heading just above the table names (二、多项选择题 over a table without a 题型
 * column), as the spreadsheet reader takes a sheet's name; '' if none. */
function typeAbove(table: El): string {
  let el = table.previousElementSibling;
  for (let n = 0; el && n < 3 && el.tagName !== 'TABLE'; n++, el = el.previousElementSibling) {
    const text = withoutMarks(textOf(el));
    if (text.length > 30) continue;
    if (/多项选择|多选|不定项/.test(text)) return '多选题';
    if (/单项选择|单选/.test(text)) return '单选题';
    if (/判断|是非/.test(text)) return '判断题';
    if (/填空/.test(text)) return '填空题';
  }
  return '';
}

/** Every top-level table of the document (a table inside a cell belongs to its table); `shown`: the run
 * colour document.xml shows where none is the legend's (word-table-legend.ts). */
export function tablesOf(
  body: El,
  shown: (colour: string | null) => string | null = () => null,
): { el: El; name: string; table: string[][] }[] {
  const legend = tableLegend(body, shown);
  return [...body.querySelectorAll('table')]
    .filter((t) => !t.parentElement?.closest('table'))
    .map((t) => {
      const name = typeAbove(t);
      const table = grid(t);
      // No answer column: the key may be the red or highlighted option cell (word-table-keys.ts).
      return { el: t, name, table: withMarkedKeys(table, grid(t, true), name, legend) ?? table };
    });
}

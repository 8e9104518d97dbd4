// Word tables laid out as a bank (题目 | A | B | C | D) with no answer column, keyed only by the
// red (or highlighted) option cell, as 党章党规 test tables are passed around. Read only where the
// mark is certain: one kind of mark in the table; the whole text of the right cells marked and
// nothing else in the row; one marked cell where the item is not a 多选; the mark used so on at
// least two rows; a column marked in every row (a table style's first column, emphasis) is no
// key. Every other row is refused with its reason.
import { fieldColumn, fieldKey, optionColumns } from './import-fields.js';
import { cover, NAME } from './word-mark-reading.js';
import { BOLD, HIGHLIGHT, readMarks, RED } from './word-run-marks.js';
import type { TableLegend } from './word-table-legend.js';

/** Starts an answer cell that stands for a refusal: the rest is its reason. */
export const REFUSED = '\uE001';

const LETTERS = 'ABCDEF';
const ROW_NOTE = '：请在表格中加一列“答案”写明答案';

type Cover = 'none' | 'some' | 'all';
const coverOf = (cell: string, kind: number): Cover => {
  const { text, marks } = readMarks(cell);
  return cover(text, marks, kind);
};

/** `plain`: the table's cell texts; `marked`: the same cells with their run marks; `type`: the 题型
 * the heading above names. The plain table with an answer column added, or null when the table
 * is no bank of option columns without an answer column; `legend`: the key colour the paper names. */
export function withMarkedKeys(
  plain: string[][],
  marked: string[][],
  type: string,
  legend: TableLegend = { colour: null, shown: null },
): string[][] | null {
  const at = plain.slice(0, 5).findIndex((h) => fieldKey(h, 'stem') !== undefined && optionColumns(h).length >= 2);
  if (at < 0 || fieldKey(plain[at]!, 'answer') !== undefined) return null;
  const header = plain[at]!;
  const stemCol = fieldColumn(header, 'stem');
  const typeCol = fieldColumn(header, 'type');
  const optCols = optionColumns(header);
  const rows = plain.slice(at + 1).map((r, i) => ({ plain: r, marked: marked[at + 1 + i] ?? [] }));
  const filled = rows.filter((r) => r.plain.some((c) => c.trim()));
  const markedRow = (r: (typeof rows)[number], k: number) =>
    optCols.some((c) => coverOf(r.marked[c] ?? '', k) !== 'none');
  const used = (legend.bold ? [RED, HIGHLIGHT, BOLD] : [RED, HIGHLIGHT]).filter((k) =>
    filled.some((r) => markedRow(r, k)),
  );
  if (used.length === 0) {
    // The legend names a colour no cell shows, but the cells show another mark: not certain.
    const shown = filled.some((r) => optCols.some((c) => coverOf(r.marked[c] ?? '', BOLD) === 'all'))
      ? '加粗'
      : legend.shown;
    if (!legend.colour || !shown) return null;
    const why = `${REFUSED}卷首说明${legend.colour}字为答案，但表格中的选项没有${legend.colour}标记（标出的是${shown}），无法确定答案：请按说明标出答案，或在表格中加一列“答案”写明答案`;
    return [
      ...plain.slice(0, at),
      [...header, '答案'],
      ...rows.map((r) => [...r.plain, r.plain.some((c) => c.trim()) ? why : '']),
    ];
  }
  const kind = used[0]!;
  // The paper says its marks are the key: the rules that take marks for the table's look give way.
  // (Only where the document shows the legend's colour: red cells under a blue legend are not what it says.)
  const said = kind === RED && legend.colour !== null && legend.shown === null;
  // A column marked in every row is the table's look, not the key.
  const markedColumn = optCols.filter(
    (c) =>
      !said &&
      filled.length >= 2 &&
      filled.every((r) => !r.plain[c]?.trim() || coverOf(r.marked[c] ?? '', kind) === 'all'),
  );
  const mixed = `本表的答案标记不统一（${used.map((k) => NAME[k]).join('、')}），无法确定哪种标记表示答案`;
  const readings = rows.map((r) =>
    used.length > 1
      ? used.some((k) => markedRow(r, k))
        ? `${REFUSED}${mixed}${ROW_NOTE}`
        : ''
      : readRow(
          r.plain,
          r.marked,
          { stemCol, optCols, markedColumn, kind, said },
          typeCol >= 0 ? r.plain[typeCol]! : type,
        ),
  );
  const keyed = readings.filter((k) => k && !k.startsWith(REFUSED)).length;
  const answers = readings.map((k) =>
    k && !k.startsWith(REFUSED) && keyed < 2
      ? `${REFUSED}只有个别题目的选项带有${NAME[kind]}标记，全卷并未用这种标记表示答案，无法确定答案${ROW_NOTE}`
      : k,
  );
  if (!answers.some(Boolean)) return null;
  // Blue or green read as red under their legend (word-key-colour.ts): reasons name that colour.
  const named = answers.map((k) => (said && k.startsWith(REFUSED) ? k.replace(/红色/g, legend.colour!) : k));
  return [...plain.slice(0, at), [...header, '答案'], ...rows.map((r, i) => [...r.plain, named[i]!])];
}

type Layout = { stemCol: number; optCols: number[]; markedColumn: number[]; kind: number; said: boolean };

function readRow(plain: string[], marked: string[], layout: Layout, type: string): string {
  const { stemCol, optCols, markedColumn, kind, said } = layout;
  const name = NAME[kind]!;
  const options = optCols.filter((c) => plain[c]?.trim());
  const reds = options.map((c) => ({ c, red: coverOf(marked[c] ?? '', kind) }));
  const stemRed = coverOf(marked[stemCol] ?? '', kind) !== 'none';
  const refuse = (why: string) => `${REFUSED}${why}${ROW_NOTE}`;
  if (reds.some((r) => r.red !== 'none') && markedColumn.length)
    return refuse(`一整列选项都带有${name}标记，无法确定哪个选项是答案`);
  if (reds.every((r) => r.red === 'none')) return '';
  if (stemRed) return refuse(`题干和选项都带有${name}标记，无法确定哪个是答案`);
  if (reds.some((r) => r.red === 'some')) return refuse(`选项中只有部分文字带有${name}标记，无法确定哪个选项是答案`);
  const right = reds.filter((r) => r.red === 'all');
  if (right.length === options.length && !said) return refuse(`所有选项都带有${name}标记，无法确定哪个是答案`);
  if (right.length > 1 && !/多|不定项/.test(type) && (!said || /单/.test(type)))
    return refuse(
      /单/.test(type)
        ? `单选题有 ${right.length} 个选项带有${name}标记，无法确定答案`
        : `有 ${right.length} 个选项带有${name}标记，但未注明是多选题，无法确定答案`,
    );
  return right.map((r) => LETTERS[optCols.indexOf(r.c)]).join('');
}

// CSV and XLSX banks with the headers 题目, 选项A–F, 答案, 解析, 标签 (题型 optional), in any case
// or spelling (Question, Options, Answer …; import-fields.ts).
// CSV via papaparse (quoting, BOM, line breaks inside cells); XLSX via exceljs (maintained);
// old .xls files via SheetJS (import-xls.ts). exceljs takes about a second to load, so it is
// imported only when an .xlsx file actually arrives (keeps CLI and app start fast).
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../contract/errors.js';
import type { Parsed } from './import-json.js';
import { dropTrailingEmpty, fieldColumn, optionColumns, splitStemOptions, type BankField } from './import-fields.js';
import { joinKeySheet } from './import-table-keys.js';
import { withMarkedKeys } from './word-table-keys.js';
import { markedCellText } from './xlsx-marks.js';
import type { RawItem } from './import-normalize.js';
import { refuseConflicts } from './import-conflicts.js';
import { splitOptions } from './import-option-text.js';
import { truthIndex } from './import-answer-key.js';
import { SECTION } from './import-text-sections.js';
import { NO_SHEET_KEY, sheetRowKey } from './sheet-explanation-key.js';

type Columns = Record<'stem' | 'answer' | 'options' | 'explanation' | 'tags' | 'type' | 'judge' | 'tick', number> & {
  optCols: number[];
  /** 题型 written as numbers, the header saying what each stands for: 题型(1单选2多选3判断). */
  legend: Map<string, string>;
  /** 选项 | 选项内容 (one option a row): the letter in one column, its text in this one. */
  optionText: number;
};

/** 题型（1-单选 2-多选 3-判断）, 类型(1=单选,2=多选): the header of a 题型 column with its legend. */
const TYPE_LEGEND = /^(?:题型|类型|题目类型|试题类型)[（(](.+)[)）]$/;
function legendOf(header: string): Map<string, string> {
  const found = TYPE_LEGEND.exec(header.replace(/\s/g, ''));
  const pairs = [
    ...(found?.[1] ?? '').matchAll(/(\d)[-=:：.、为是]?((?:单|多)选|单项选择|多项选择|不定项|判断|填空|简答)/g),
  ];
  return new Map(pairs.map((m) => [m[1]!, m[2]!]));
}

/** A column of its own for the 判断 rows' key (对错: 正确/错误), beside the 答案 of the 选择 rows; a 判断
 * sheet's key headed 判断 or saying what it holds (答案（正确/错误）, 正确/错误). */
const JUDGE_HEADER =
  /^(?:对错|正误|判断(?:答案)?|(?:正确|对|√)[/／、](?:错误|错|×)|(?:判断|答案)[（(](?:正确|对|√)[/／、](?:错误|错|×)[)）])$/;
/** A column ticking the right options where each option has a row of its own (是否正确: √). */
const TICK_HEADER = /^(?:是否正确|是否为?正确答案|正确与否|是否为?答案)$/;
const TICK = /^(?:√|✓|✔|是|对|正确|[1YyTt])$/;

function columnsOf(header: string[]): Columns {
  const h = header.map((x) => (x ?? '').trim().replace(/^\uFEFF/, ''));
  const col = (field: BankField) => fieldColumn(h, field);
  // 选项A…F, A…F, Option A…, 选项1…, 选项一…: one column per option; or one 选项 column split by |.
  const optCols = optionColumns(h);
  const one = col('options');
  // 答案选项 beside 正确答案 (智慧党建-style exports): the choices offered, the other column the key.
  const offered = h.findIndex((x) => x.replace(/\s/g, '') === '答案选项');
  const key =
    offered >= 0
      ? fieldColumn(
          h.map((x, i) => (i === offered ? '' : x)),
          'answer',
        )
      : -1;
  const choices = key >= 0 && one < 0 && !optCols.length;
  const typed = col('type');
  const legendAt = typed >= 0 ? -1 : h.findIndex((x) => legendOf(x).size >= 2);
  return {
    stem: col('stem'),
    answer: choices ? key : col('answer'),
    options: choices ? offered : optCols.includes(one) ? -1 : one,
    explanation: col('explanation'),
    tags: col('tags'),
    type: typed >= 0 ? typed : legendAt,
    legend: legendAt >= 0 ? legendOf(h[legendAt]!) : new Map(),
    optionText: h.findIndex((x) =>
      /^(?:选项)?(?:内容|文字|文本)$|^option(?:text|content)$/i.test(x.replace(/\s/g, '')),
    ),
    judge: h.findIndex((x) => JUDGE_HEADER.test(x.replace(/\s/g, ''))),
    tick: h.findIndex((x) => TICK_HEADER.test(x.replace(/\s/g, ''))),
    optCols,
  };
}

/** The header is the first of the first twelve rows that names a stem and an answer column (a
 * title line such as “党史知识竞赛题库”, and often a block of 出题说明 under it, comes first). */
function findHeader(rows: string[][], within = 12): { at: number; cols: Columns } | null {
  for (let at = 0; at < Math.min(within, rows.length); at++) {
    const cols = columnsOf(rows[at]!);
    const ticks = cols.tick >= 0 && cols.options >= 0;
    // No 答案 column but options and a 解析 (keys written only there, sheet-explanation-key.ts).
    const explained = cols.explanation >= 0 && cols.optCols.length >= 2;
    if (cols.stem >= 0 && (cols.answer >= 0 || cols.judge >= 0 || ticks || explained)) return { at, cols };
  }
  return null;
}

/** Whether one of the first lines of a text file is a bank header (tab-, comma- or |-separated). */
export function hasBankHeader(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 5);
  // Header cells are short names; a note's front and back are not.
  const cells = lines.map((l) => l.split(/\t|,|\|/)).filter((r) => r.every((c) => c.trim().length <= 12));
  return findHeader(cells, 5) !== null;
}

const MISSING =
  '表格缺少必需的列：题目、答案。表头应为：题目、选项A–F、答案、解析、标签（题型可选），放在前十二行之内。';

/** An exam record's column of the candidate's own answers (考生答案, 我的答案, 作答): never a key. */
const CANDIDATE_HEADER = /^(?:考生|学员|学生|用户|你的|您的|我的)的?(?:答案|作答|选择|答题)$|^作答(?:答案|内容|结果)?$/;
const CANDIDATE_ONLY =
  '表格中只有考生的作答（考生答案、我的答案等），没有正确答案列：考生的作答不能当作答案。请加上“正确答案”列后再导入。';

/** Why no header was found: the table may be an exam record with the candidate's answers only. */
function missing(tables: string[][][]): string {
  const record = tables.some((t) =>
    t.slice(0, 12).some((r) => r.some((x) => CANDIDATE_HEADER.test((x ?? '').replace(/\s/g, '')))),
  );
  return record ? CANDIDATE_ONLY : MISSING;
}

/** Rows under the header; `sheetType` (the sheet's name, e.g. 判断题) stands in for a missing 题型. */
function rowsToItems(table: string[][], sheetType = ''): (RawItem | string)[] | null {
  const found = findHeader(table);
  if (!found) return null;
  const two = twoRowHeader(table[found.at]!, table[found.at + 1]);
  const c = two ? columnsOf(two) : found.cols;
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '') : '');
  const typeOf = (r: Row) => {
    const t = cell(r, c.type).trim();
    return c.legend.get(t) ?? t;
  };
  let section = '';
  const body = joinOptionRows(
    table.slice(found.at + (two ? 2 : 1)).filter((r) => r.some((x) => (x ?? '').trim())),
    c,
  ).filter((r) => {
    // 一、单选题 in a row of its own (one cell, or a cell merged across the row, which reads the
    // same in every cell): the 题型 of the rows under it, not an item.
    const filled = new Set(r.map((x) => (x ?? '').trim()).filter(Boolean));
    const head = filled.size === 1 ? SECTION.exec([...filled][0]!) : null;
    if (head) section = head[1]!;
    (r as Row).section = section;
    return !head;
  });
  return body.map((r: Row): RawItem | string => {
    let stem = cell(r, c.stem);
    let options = dropTrailingEmpty(c.optCols.map((i) => cell(r, i).trim()));
    if (options.length === 0 && c.options >= 0) options = splitOptions(cell(r, c.options));
    if (options.length === 0) {
      const inStem = splitStemOptions(stem);
      if (inStem) ({ stem, options } = inStem);
    }
    // Ticked option rows key the item where no 答案 cell does.
    const typed = cell(r, c.answer).trim() || r.ticked === undefined;
    const answer = typed ? judgeKey(cell(r, c.answer), cell(r, c.judge)) : r.ticked!;
    if (answer === null) return `答案“${cell(r, c.answer)}”与对错列“${cell(r, c.judge)}”不一致：请核对`;
    const type = typeOf(r) || r.section || sheetType;
    const key = sheetRowKey(answer, cell(r, c.explanation), options, type);
    if (key === null) return NO_SHEET_KEY;
    return {
      stem,
      options,
      answer: key,
      explanation: cell(r, c.explanation),
      tags: cell(r, c.tags)
        .split(/[,，、;；\s]+/)
        .filter(Boolean),
      type,
    };
  });
}

/** A header of two rows: 选项 merged across over A | B | C | D, the other headings merged down
 * (the same text) or empty in the second row. The option columns are named by the letters under
 * 选项; without this the letter row was read as an item and the options as one 选项 column. */
function twoRowHeader(header: string[], next: string[] | undefined): string[] | null {
  if (!next) return null;
  const under = next.map((x) => (x ?? '').trim().normalize('NFKC'));
  const letters = under.flatMap((x, i) => (/^[A-H]$/.test(x) ? [i] : []));
  if (letters.length < 2) return null;
  if (letters.some((col, k) => under[col] !== 'ABCDEFGH'[k] || (k > 0 && col !== letters[k - 1]! + 1))) return null;
  const above = letters.map((i) => (header[i] ?? '').trim());
  if (!/选项/.test(above[0]!) || above.some((x) => x && x !== above[0])) return null;
  if (under.some((x, i) => x && !letters.includes(i) && x !== (header[i] ?? '').trim())) return null;
  return header.map((h, i) => (letters.includes(i) ? `选项${under[i]}` : h));
}

/** `ticked`: the letters of the option rows ticked in a 是否正确 column. */
type Row = string[] & { section?: string; ticked?: string };

/** One row per option (序号 | 题目 | 选项 | 答案, the stem and key merged down over the option
 * rows, which read the same in each, or written on the first row only): the rows of one item
 * joined, their options in one cell. A row joins the one above only as its next option letter
 * (B．… under A．…) with the same stem or none, and the same key or none. A 是否正确 column's
 * ticks on the rows make the key. */
function joinOptionRows(rows: string[][], c: Columns): Row[] {
  if (c.options < 0 || c.optCols.length) return rows;
  // A | 半年 in the letter and text columns: one cell A．半年, as the rows are joined below.
  if (c.optionText >= 0 && c.optionText !== c.stem)
    rows = rows.map((r) =>
      /^\s*[A-H]\s*$/.test(r[c.options] ?? '')
        ? r.map((x, i) => (i === c.options ? `${x.trim()}．${r[c.optionText]}` : x))
        : r,
    );
  const letterOf = (r: string[]) => /^\s*([A-H])\s*[.．、:：)）]/.exec((r[c.options] ?? '').normalize('NFKC'))?.[1];
  const out: Row[] = [];
  let count = 0;
  const tick = (r: string[], letter: string | undefined, into: Row) => {
    if (c.tick >= 0 && letter && TICK.test((r[c.tick] ?? '').trim())) into.ticked = (into.ticked ?? '') + letter;
  };
  for (const r of rows) {
    const prev = out[out.length - 1];
    const same = (i: number) => i < 0 || !(r[i] ?? '').trim() || (r[i] ?? '').trim() === (prev?.[i] ?? '').trim();
    const letter = letterOf(r);
    if (prev && letter && letter.charCodeAt(0) - 65 === count && same(c.stem) && same(c.answer)) {
      prev[c.options] = `${prev[c.options]}\n${r[c.options]}`;
      tick(r, letter, prev);
      count++;
      continue;
    }
    const row: Row = [...r];
    if (c.tick >= 0) row.ticked = '';
    tick(r, letter, row);
    out.push(row);
    count = letter === 'A' ? 1 : 0;
  }
  return out;
}

/** The key of a row with a 对错 column: the 答案 cell, or the 对错 cell where 答案 is empty; null
 * when both are filled and do not say the same. */
function judgeKey(answer: string, judge: string): string | null {
  if (!judge.trim()) return answer;
  if (!answer.trim()) return judge;
  const a = truthIndex(answer);
  return a !== null && a === truthIndex(judge) ? answer : null;
}

export function parseCsvBank(text: string): Parsed {
  const res = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const fatal = res.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new ApiError('BAD_INPUT', `CSV 格式错误（第 ${(fatal.row ?? 0) + 1} 行）：引号不匹配。`);
  if (res.data.length === 0) throw new ApiError('BAD_INPUT', 'CSV 文件是空的。');
  const rows = rowsToItems(res.data);
  if (!rows) throw new ApiError('BAD_INPUT', missing([res.data]));
  return refuseConflicts({ format: 'csv', rows })!;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return String(v.result ?? '');
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v);
}

/** A workbook's sheets as tables of cell texts: every sheet with a header counts (Chinese banks
 * often keep one sheet per 题型: 单选题, 多选题, 判断题, whose name stands in for a missing 题型). */
export function sheetsToBank(sheets: { name: string; table: string[][] }[], format: string): Parsed {
  if (sheets.length === 0) throw new ApiError('BAD_INPUT', 'Excel 文件中没有工作表。');
  const read = joinKeySheet(sheets).map(({ name, table }) =>
    rowsToItems(table, /[单多]选|判断|填空/.test(name) ? name : ''),
  );
  if (read.every((rows) => rows === null)) throw new ApiError('BAD_INPUT', missing(sheets.map((s) => s.table)));
  // An item keyed one way in the 单选题 sheet and another in an 易错题 sheet: one key is wrong whichever sheet
  // holds it (a dated item two papers key differently is outdated in one), so every sheet is compared.
  return refuseConflicts({ format, rows: read.flatMap((rows) => rows ?? []) })!;
}

export async function parseXlsxBank(data: Buffer): Promise<Parsed> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ApiError('BAD_INPUT', '无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式。');
  }
  const sheets = wb.worksheets.map((sheet) => {
    const table: string[][] = [];
    const marked: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      const marks: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        cells.push(cellText(row.getCell(c).value));
        marks.push(markedCellText(row.getCell(c), cellText));
      }
      table.push(cells);
      marked.push(marks);
    });
    // No answer column: the key may be the option cell in red (xlsx-marks.ts).
    return { name: sheet.name, table: withMarkedKeys(table, marked, sheet.name) ?? table };
  });
  return sheetsToBank(sheets, 'xlsx');
}

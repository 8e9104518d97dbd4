// CSV and XLSX banks with the headers 题目, 选项A–F, 答案, 解析, 标签 (题型 optional), in any case
// or spelling (Question, Options, Answer …; import-fields.ts).
// CSV via papaparse (quoting, BOM, line breaks inside cells); XLSX via exceljs (maintained,
// no known-vulnerable SheetJS build from the registry). exceljs takes about a second to load, so
// it is imported only when an .xlsx file actually arrives (keeps CLI and app start fast).
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../contract/api.js';
import type { Parsed } from './import-json.js';
import { fieldKey, splitStemOptions, type BankField } from './import-fields.js';
import { splitOptions, type RawItem } from './import-normalize.js';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

function rowsToItems(header: string[], rows: string[][], format: string): Parsed {
  const h = header.map((x) => x.trim().replace(/^\uFEFF/, ''));
  const col = (field: BankField) => {
    const k = fieldKey(h, field);
    return k === undefined ? -1 : h.indexOf(k);
  };
  const stemCol = col('stem');
  const answerCol = col('answer');
  if (stemCol < 0 || answerCol < 0)
    throw new ApiError(
      'BAD_INPUT',
      `表格缺少必需的列：${stemCol < 0 ? '题目' : ''}${stemCol < 0 && answerCol < 0 ? '、' : ''}${answerCol < 0 ? '答案' : ''}。第一行应为表头：题目、选项A–F、答案、解析、标签。`,
    );
  // 选项A…F, A…F, Option A…: one column per option; or one 选项 column with options split by |.
  const optCols = LETTERS.map((l) => h.findIndex((x) => new RegExp(`^(?:选项|option|choice)?\\s*${l}$`, 'i').test(x)));
  const oneOptCol = col('options');
  const noteCol = col('explanation');
  const tagCol = col('tags');
  const typeCol = col('type');
  const items = rows
    .filter((r) => r.some((c) => c.trim()))
    .map((r): RawItem => {
      let stem = r[stemCol] ?? '';
      let options = optCols
        .filter((i) => i >= 0)
        .map((i) => (r[i] ?? '').trim())
        .filter(Boolean);
      if (options.length === 0 && oneOptCol >= 0) options = splitOptions(r[oneOptCol] ?? '');
      if (options.length === 0) {
        const inStem = splitStemOptions(stem);
        if (inStem) ({ stem, options } = inStem);
      }
      return {
        stem,
        options,
        answer: r[answerCol] ?? '',
        explanation: noteCol >= 0 ? (r[noteCol] ?? '') : '',
        tags: tagCol >= 0 ? (r[tagCol] ?? '').split(/[,，、;；\s]+/).filter(Boolean) : [],
        type: typeCol >= 0 ? (r[typeCol] ?? '') : '',
      };
    });
  return { format, rows: items };
}

export function parseCsvBank(text: string): Parsed {
  const res = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const fatal = res.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new ApiError('BAD_INPUT', `CSV 格式错误（第 ${(fatal.row ?? 0) + 1} 行）：引号不匹配。`);
  const [header, ...rows] = res.data;
  if (!header) throw new ApiError('BAD_INPUT', 'CSV 文件是空的。');
  return rowsToItems(header, rows, 'csv');
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

export async function parseXlsxBank(data: Buffer): Promise<Parsed> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ApiError('BAD_INPUT', '无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式。');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new ApiError('BAD_INPUT', 'Excel 文件中没有工作表。');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  const [header, ...body] = rows;
  if (!header) throw new ApiError('BAD_INPUT', 'Excel 工作表是空的。');
  return rowsToItems(header, body, 'xlsx');
}

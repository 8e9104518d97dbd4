// Workbooks that keep the key on a sheet of its own (试题 | 答案 sheets): a sheet of 题号 and 答案
// only, and one sheet of questions with a 题号 column and no answer column. The key is written into
// the question sheet only when both sheets number exactly the same items, each once; a deleted or
// renumbered question would shift every key, so otherwise the file is refused, saying why.
import { ApiError } from '../../contract/api.js';
import { fieldColumn } from './import-fields.js';

type Sheet = { name: string; table: string[][] };

const NUMBER = /^(?:题号|序号|编号|题目编号|试题编号)$/;
const fold = (s: string) => (s ?? '').replace(/\s/g, '');

/** The header row (within the first twelve) and its number, stem and answer columns. */
function headerOf(table: string[][]) {
  for (let at = 0; at < Math.min(12, table.length); at++) {
    const h = table[at]!.map(fold);
    const number = h.findIndex((x) => NUMBER.test(x));
    if (number >= 0) return { at, number, stem: fieldColumn(h, 'stem'), answer: fieldColumn(h, 'answer') };
  }
  return null;
}

/** Number → key of each row under the header; null when a number repeats or is not a number. */
function numbered(table: string[][], at: number, number: number, value: number): Map<number, string> | null {
  const out = new Map<number, string>();
  for (const r of table.slice(at + 1)) {
    if (!r.some((x) => (x ?? '').trim())) continue;
    const n = Number(fold(r[number] ?? ''));
    if (!Number.isInteger(n) || n <= 0 || out.has(n)) return null;
    out.set(n, value >= 0 ? (r[value] ?? '').trim() : '');
  }
  return out;
}

/** The sheets with the key sheet's answers written into the one question sheet as an 答案 column;
 * the sheets unchanged where there is no such pair. */
export function joinKeySheet(sheets: Sheet[]): Sheet[] {
  const heads = sheets.map((s) => headerOf(s.table));
  const keyAt = heads.flatMap((h, i) => (h && h.stem < 0 && h.answer >= 0 ? [i] : []));
  const askAt = heads.flatMap((h, i) => (h && h.stem >= 0 && h.answer < 0 ? [i] : []));
  if (keyAt.length !== 1 || askAt.length !== 1) return sheets;
  const kh = heads[keyAt[0]!]!;
  const qh = heads[askAt[0]!]!;
  const keys = numbered(sheets[keyAt[0]!]!.table, kh.at, kh.number, kh.answer);
  const asks = numbered(sheets[askAt[0]!]!.table, qh.at, qh.number, -1);
  if (!keys || !asks || keys.size !== asks.size || [...asks.keys()].some((n) => !keys.has(n)))
    throw new ApiError(
      'BAD_INPUT',
      `“${sheets[keyAt[0]!]!.name}”工作表的题号与“${sheets[askAt[0]!]!.name}”工作表的题号不一一对应（缺题、重号或多出题号），无法确定每道题的答案：请核对后再导入。`,
    );
  const q = sheets[askAt[0]!]!;
  const table = q.table.map((r, i) =>
    i < qh.at ? r : i === qh.at ? [...r, '答案'] : [...r, keys.get(Number(fold(r[qh.number] ?? ''))) ?? ''],
  );
  return sheets.map((s, i) => (i === askAt[0] ? { ...q, table } : s));
}

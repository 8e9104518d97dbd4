// Workbooks that keep the key on a sheet of its own (试题 | 答案 sheets): a sheet of 题号 and 答案
// only, and one sheet of questions with a 题号 column and no answer column. The key is written into
// the question sheet only when both sheets number exactly the same items, each once; a deleted or
// renumbered question would shift every key, so otherwise the file is refused, saying why.
import { ApiError } from '../../contract/errors.js';
import { fieldColumn } from './import-fields.js';
import { kindOf } from './import-key-list.js';

type Sheet = { name: string; table: string[][] };

// English sheets (Questions | Answers) number their rows No. or Number.
const NUMBER = /^(?:题号|序号|编号|题目编号|试题编号|No\.?|Number|Q\.?No\.?)$/i;
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
  if (keyAt.length === 1 && askAt.length > 1) return joinTypedKeySheet(sheets, keyAt[0]!, askAt);
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
  const table = withKeys(q.table, qh.at, qh.number, keys);
  return sheets.map((s, i) => (i === askAt[0] ? { ...q, table } : s));
}

/** 单选题 and 单选, 填空题 and 填空 as one 题型. */
const kindName = (type: string) => kindOf(type).replace(/题$/, '');

const withKeys = (table: string[][], at: number, number: number, keys: Map<number, string>) =>
  table.map((r, i) => (i < at ? r : i === at ? [...r, '答案'] : [...r, keys.get(Number(fold(r[number] ?? ''))) ?? '']));

/** One question sheet per 题型 (单选题 | 判断题 sheets, each numbered from 1) and one key sheet whose 题型
 * column names each key's sheet (单选题 1 A, 判断题 1 对): each sheet takes the keys of its own 题型, only
 * where the numbers of every sheet and of its 题型's keys are the same, each once. */
function joinTypedKeySheet(sheets: Sheet[], keyAt: number, askAt: number[]): Sheet[] {
  const key = sheets[keyAt]!;
  const kh = headerOf(key.table)!;
  const type = fieldColumn(key.table[kh.at]!.map(fold), 'type');
  const kinds = askAt.map((i) => kindName(sheets[i]!.name));
  if (type < 0 || new Set(kinds).size !== kinds.length || kinds.some((k) => !/^(?:单选|多选|判断|填空)$/.test(k)))
    return sheets;
  const refuse = (name: string) =>
    new ApiError(
      'BAD_INPUT',
      `“${key.name}”工作表中${name}的题号与“${name}”工作表的题号不一一对应（缺题、重号、多出题号或题型不明），无法确定每道题的答案：请核对后再导入。`,
    );
  const byKind = new Map<string, string[][]>();
  for (const r of key.table.slice(kh.at + 1)) {
    if (!r.some((x) => (x ?? '').trim())) continue;
    const kind = kinds.find((k) => k === kindName(fold(r[type] ?? '')));
    if (kind === undefined) throw refuse(fold(r[type] ?? '') || '题型为空的行');
    byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
  }
  const out = [...sheets];
  askAt.forEach((i, n) => {
    const qh = headerOf(sheets[i]!.table)!;
    const keys = numbered([[], ...(byKind.get(kinds[n]!) ?? [])], 0, kh.number, kh.answer);
    const asks = numbered(sheets[i]!.table, qh.at, qh.number, -1);
    if (!keys || !asks || keys.size !== asks.size || [...asks.keys()].some((k) => !keys.has(k)))
      throw refuse(sheets[i]!.name);
    out[i] = { ...sheets[i]!, table: withKeys(sheets[i]!.table, qh.at, qh.number, keys) };
  });
  return out;
}

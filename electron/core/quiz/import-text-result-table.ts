// 网上答题 results copied or saved as PDF: the items, then a table of 题号 | 你的答案 | 正确答案 | 得分 (one
// row per item, cells parted by tabs or wide gaps). Only the 正确答案 column keys: the table is read as
// a key list (参考答案 ↵ 1．A ↵ 2．B) and the candidate's answers, scores and 是否正确 are dropped. A table
// of the candidate's answers alone keys nothing: each item it lists is marked so (CANDIDATE) and refused.
import { CANDIDATE, CANDIDATE_NAME, ITEM, itemNumber } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';

// One tab parts two cells (an empty cell between two tabs stays a cell); so do wide gaps.
const CELL = /\t|[ 　]{2,}|　/;
const CANDIDATE_COLUMN = new RegExp(`^${CANDIDATE_NAME}$`);
const KEY_COLUMN = /^(?:正确|参考|标准)?答案$/;

/** 答题情况, 答题结果：, 作答详情: a title over the table. */
const TABLE_TITLE = /^(?:答题|作答|答卷)(?:情况|结果|详情|记录|统计)[:：]?$/;

const cells = (line: string) => line.split(CELL).map((c) => c.trim());

/** Each such table rewritten as a key list; a table of 你的答案 alone (no key column) as marks on its items. */
export function resultTableKeys(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = cells(lines[i]!);
    const k = head.findIndex((c) => KEY_COLUMN.test(c));
    if (/^题\s*号$/.test(head[0]!) && k < 0 && head.some((c) => CANDIDATE_COLUMN.test(c))) {
      const marked = candidateOnly(lines, i, out);
      if (marked) {
        out.splice(0, out.length, ...marked.lines);
        i = marked.end;
        continue;
      }
    }
    // 题号 first, one key column and at least one column beside it: a result table, not a plain 题号 |
    // 答案 list nor pairs of them side by side (题号 | 答案 | 题号 | 答案, key tables read elsewhere).
    const once = head.filter((c) => /^题\s*号$/.test(c) || KEY_COLUMN.test(c)).length === 2;
    if (!/^题\s*号$/.test(head[0]!) || k < 1 || head.length < 3 || !once) {
      out.push(lines[i]!);
      continue;
    }
    const rows: string[] = [];
    let j = i + 1;
    // Every numbered row is the table's; one whose key cell is empty or cannot be told (a cell missing)
    // keys nothing, never from another column.
    for (; j < lines.length && /^\d{1,3}$/.test(cells(lines[j]!)[0]!); j++) {
      const row = cells(lines[j]!);
      if (row.length === head.length && row[k]) rows.push(`${row[0]}．${row[k]}`);
    }
    if (j === i + 1) {
      out.push(lines[i]!);
      continue;
    }
    // 答题情况 over the table: its title, no line of the last item.
    if (TABLE_TITLE.test(out[out.length - 1] ?? '')) out.pop();
    out.push('参考答案', ...rows);
    i = j - 1;
  }
  return out;
}

/** A table of 题号 | 你的答案 (no key column) at lines[at]: the lines read so far (`before`) with the
 * candidate mark at the end of each item the table lists, and the table's last line; null where a row
 * names no item above it (in order). */
function candidateOnly(lines: string[], at: number, before: string[]): { lines: string[]; end: number } | null {
  const numbers: number[] = [];
  let j = at + 1;
  for (; j < lines.length && /^\d{1,3}$/.test(cells(lines[j]!)[0]!); j++) numbers.push(Number(cells(lines[j]!)[0]));
  const out = [...before];
  if (TABLE_TITLE.test(out[out.length - 1] ?? '')) out.pop();
  let from = 0;
  for (const n of numbers) {
    const start = out.findIndex((l, x) => x >= from && ITEM.test(l) && itemNumber(ITEM.exec(l)!) === n);
    if (start < 0) return null;
    let end = start + 1;
    while (end < out.length && !ITEM.test(out[end]!) && !SECTION.test(out[end]!)) end++;
    out.splice(end, 0, CANDIDATE);
    from = end + 1;
  }
  return numbers.length ? { lines: out, end: j - 1 } : null;
}

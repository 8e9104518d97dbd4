// A policy page printed with its info table (中国政府网, 政府信息公开 pages): `索 引 号：… 主题分类：…`,
// `发文机关：… 成文日期：…`, `标　　题：…`, `发文字号：… 发布日期：…` as the first lines of the print, or
// of a copy pasted as text (the cells then part by tabs). The rows leave the body; the document is
// dated by its 成文日期 (the day it was signed, not the day it went up) and published by its 发文机关
// (or the 发布机构 a 政府信息公开目录 names), as on the page itself (html-info-table.ts).
import { findDate } from '../dates.js';

const LABELS = [
  '索引号',
  '主题分类',
  '发文机关',
  '成文日期',
  '标题',
  '发文字号',
  '发布日期',
  '发布机构',
  '主题词',
  '有效性',
  '发文日期',
  '文号',
  '生成日期',
  '公开方式',
  '公开范围',
];
/** Other portals' words for a field (html-info-table.ts reads the same). */
const ALIAS: Record<string, string> = { 发文日期: '成文日期' };
/** A label as printed, its characters spread out to fill the cell (`索 引 号`, `标　　题`). */
const spread = (l: string) => [...l].join('[\\s\\u3000]*');
const LABEL = new RegExp(`(${LABELS.map(spread).join('|')})[\\s\\u3000]*[:：]`, 'g');
const ROW = new RegExp(`^[\\s\\u3000]*(?:${LABELS.map(spread).join('|')})[\\s\\u3000]*[:：]`);

export interface InfoTable {
  lines: string[];
  /** 成文日期. */
  signed: string | null;
  /** 发文机关 (joint issuers joined by 、). */
  organ: string | null;
}

/** The table's rows among the first lines, with their cells; nothing unless it names 成文日期 or 发文机关, or
 * is a 政府信息公开目录's entry (an 索引号 and the 发布机构; its 生成日期 is the catalogue's, no document's day). */
export function pdfInfoTable(texts: readonly string[]): InfoTable {
  const rows: string[] = [];
  for (const t of texts.slice(0, 8)) if (ROW.test(t)) rows.push(t);
  const cells = new Map<string, string>();
  for (const row of rows) {
    const found = [...row.matchAll(LABEL)];
    found.forEach((m, i) => {
      const end = found[i + 1]?.index ?? row.length;
      const label = m[1]!.replace(/[\s\u3000]+/g, '');
      const key = ALIAS[label] ?? label;
      cells.set(key, row.slice(m.index + m[0].length, end).trim());
    });
  }
  const entry = cells.has('索引号') && cells.has('发布机构');
  if (!cells.has('成文日期') && !cells.has('发文机关') && !entry) return { lines: [], signed: null, organ: null };
  const organ = (cells.get('发文机关') ?? cells.get('发布机构'))?.replace(/[\s\u3000]+/g, '、') || null;
  return { lines: rows, signed: findDate(cells.get('成文日期') ?? ''), organ };
}

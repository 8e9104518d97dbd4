// A numbered paper whose items have options but no key anywhere (no 答案 line, usable key list or marked
// key): a bank, not a speech's numbered paragraphs, so each item is refused saying what is missing, where
// the file used to be refused as holding no numbered items at all.
import type { Parsed } from './import-json.js';
import type { RawItem } from './import-normalize.js';
import type { TextItem } from './import-text-types.js';
import type { KeyList } from './import-key-list.js';

export const NO_KEY_ANYWHERE =
  '缺少答案：全卷没有找到答案（题目下没有“答案：”，卷末没有参考答案，也没有用红色、突出显示或加粗标出答案；其他颜色须在卷首注明，如“蓝色字为答案”）：请补上答案后再导入';
export const KEY_LIST_UNREAD =
  '缺少答案：卷末的参考答案无法确定对应到哪道题（题号与答案的个数不一致，或格式无法识别）：请让每个答案前写明题号（如“1．A”）后再导入';

/** The bank's rows; where no item has a key, in its lines or a key list: null for numbered paragraphs
 * (a speech, a notice), each item refused where most items (two at least) ask over options. */
export function bankOrText(rows: (RawItem | string)[], items: readonly TextItem[], keys: KeyList): Parsed | null {
  if (keys.sections.some((s) => s.entries.size) || rows.some((r) => typeof r === 'string' || r.answer))
    return { format: '编号文本题库', rows };
  const asked = items.filter((i) => i.options.length >= 2).length;
  if (asked < 2 || asked * 2 <= items.length) return null;
  const reason = keys.sections.length ? KEY_LIST_UNREAD : NO_KEY_ANYWHERE;
  return { format: '编号文本题库', rows: items.map((i) => `（第 ${i.number} 题）${reason}`) };
}

// A 试卷 that opens with its blank 答题卡 (姓名 / 单位 lines, section headings, rows of empty boxes
// 1．[A] [B] [C] [D]): a sheet to fill in, neither items nor a key. Read as a key list, its headings took
// the paper's section numbers and the key at the end could match no section.
import { SECTION } from './import-text-sections.js';

const CARD = /^答题卡\s*[:：]?$/;
/** 1．[A] [B] [C] [D]　2．[A] [B] [C] [D], 6．[√] [×]: numbered empty boxes, nothing marked. */
const BOX_ROW = /^(?:\d{1,3}\s*[.．、]?\s*(?:[[［【(（]\s*(?:[A-H]|√|×)\s*[\]］】)）]\s*)+[\s　]*)+$/;
/** 姓名：______　单位：______: the fields a candidate fills in. */
const FILL_IN = /^(?:(?:姓名|单位|部门|支部|职务|得分|分数|考号|准考证号)\s*[:：]\s*[_＿\s　]*)+$/;

export function dropBlankAnswerCard(lines: string[]): string[] {
  const at = lines.findIndex((l) => CARD.test(l));
  if (at < 0) return lines;
  let end = at + 1;
  let boxes = 0;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (BOX_ROW.test(line)) boxes++;
    else if (!FILL_IN.test(line) && !SECTION.test(line)) break;
  }
  // The paper's own first heading right after the card is no part of it.
  while (end > at + 1 && SECTION.test(lines[end - 1]!)) end--;
  return boxes ? [...lines.slice(0, at), ...lines.slice(end)] : lines;
}

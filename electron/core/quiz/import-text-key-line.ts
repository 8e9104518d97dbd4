// A key list typed on the answer line under the last item it keys (答案：1．人民　2．五 under item 2, or
// 参考答案：1．上海　2．遵义　3．中华人民共和国 after the bank): one 答案 heading over one entry a line, as the
// key lists the text reader knows. Only where the line cannot be the item's own answers: its entries
// are numbered on one by one up to that item's number, and they are more or fewer than the item's blanks
// (1．镰刀　2．锤头 under an item of two blanks is that item's two answers and stays so).
import { ANSWER, ITEM } from './import-text-lines.js';
import { KEY, wordEntries } from './key-list-entries.js';

/** A blank a reader fills: （ ）, ____, or 【…】 holding its answer. */
const BLANK = /[（(][\s　]*[)）]|_{2,}|＿{2,}|【[^】]+】/g;

const KEY_ONLY = new RegExp(`^(?:${KEY})$`);

export function splitKeyLines(lines: string[]): string[] {
  let lastItem = -1;
  return lines.flatMap((line, i) => {
    if (ITEM.test(line)) lastItem = i;
    const mark = ANSWER.exec(line);
    if (!mark || lastItem < 0) return [line];
    const entries = wordEntries(line.slice(mark[0].length));
    const number = Number(ITEM.exec(lines[lastItem]!)!.slice(1).find(Boolean));
    if (!entries || entries.length < 2 || entries.at(-1)![0] !== number) return [line];
    // Letters and marks only (答案：1．A　2．C) are read as they always were.
    if (entries.every(([, k]) => KEY_ONLY.test(k))) return [line];
    const itemText = lines.slice(lastItem, i).join('');
    if ((itemText.match(BLANK) ?? []).length === entries.length) return [line];
    return ['答案', ...entries.map(([n, k]) => `${n}．${k}`)];
  });
}

// A key list typed on the answer line under the last item it keys (答案：1．人民　2．五 under item 2, or
// 参考答案：1．上海　2．遵义　3．中华人民共和国 after the bank): one 答案 heading over one entry a line, as the
// key lists the text reader knows. Only where the line cannot be the item's own answers: its entries
// are numbered on one by one up to that item's number, and they are more or fewer than the item's blanks
// (1．镰刀　2．锤头 under an item of two blanks is that item's two answers and stays so); and only over
// 填空 items (each has a blank) none of which has an answer line of its own (答：1．坚持党的领导　2．… under
// a 简答 is its answer's points).
import { ANSWER, ITEM } from './import-text-lines.js';
import { KEY, wordEntries } from './key-list-entries.js';

/** A blank a reader fills: （ ）, ____, or 【…】 holding its answer. */
const BLANK = /[（(][\s　]*[)）]|_{2,}|＿{2,}|【[^】]+】/g;

const KEY_ONLY = new RegExp(`^(?:${KEY})$`);

const numberOf = (line: string) => Number(ITEM.exec(line)?.slice(1).find(Boolean));

/** The items numbered `from` to the item at `last` (their lines), or null where the numbers do not run so. */
function itemsUpTo(lines: string[], last: number, from: number): string[][] | null {
  const out: string[][] = [];
  let end = lines.length;
  for (let at = last, want = numberOf(lines[last]!); want >= from; at--) {
    if (at < 0) return null;
    if (!ITEM.test(lines[at]!)) continue;
    if (numberOf(lines[at]!) !== want) return null;
    out.unshift(lines.slice(at, end));
    end = at;
    want--;
  }
  return out;
}

export function splitKeyLines(lines: string[]): string[] {
  let lastItem = -1;
  return lines.flatMap((line, i) => {
    if (ITEM.test(line)) lastItem = i;
    const mark = ANSWER.exec(line);
    if (!mark || lastItem < 0) return [line];
    const entries = wordEntries(line.slice(mark[0].length));
    if (!entries || entries.length < 2 || entries.at(-1)![0] !== numberOf(lines[lastItem]!)) return [line];
    // Letters and marks only (答案：1．A　2．C) are read as they always were.
    if (entries.every(([, k]) => KEY_ONLY.test(k))) return [line];
    const items = itemsUpTo(lines.slice(0, i), lastItem, entries[0]![0]);
    if (!items || items.some((its) => its.some((l) => ANSWER.test(l)) || !its.join('').match(BLANK))) return [line];
    if ((items.at(-1)!.join('').match(BLANK) ?? []).length === entries.length) return [line];
    return ['答案', ...entries.map(([n, k]) => `${n}．${k}`)];
  });
}

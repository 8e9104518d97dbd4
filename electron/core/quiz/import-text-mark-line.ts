// A 判断 statement keyed by its mark alone on the line under it (1．党员必须…。 then √), as papers are
// marked by hand and typed out: the mark is the item's answer line. Read only right under an item's
// own line (or a line it wraps onto), with no option between, so a mark is never taken from elsewhere.
import { ANSWER, ITEM } from './import-text-lines.js';

const MARK_ALONE = /^[（(【[]?[\s　]*(√|×|✓|✗|✔|✘|对|错|正确|错误)[\s　]*[)）】\]]?$/;
const OPTION_LINE = /^[A-HＡ-Ｈ][\s　]*[.．、:：)）]/;

export function markLineAnswers(lines: string[]): string[] {
  return lines.map((line, at) => {
    const mark = MARK_ALONE.exec(line.trim());
    if (!mark) return line;
    // Up to two lines back to the item's number: the statement may wrap once.
    for (let back = at - 1; back >= Math.max(0, at - 2); back--) {
      const above = lines[back]!.trim();
      if (!above || OPTION_LINE.test(above) || ANSWER.test(above) || MARK_ALONE.test(above)) return line;
      if (ITEM.test(above)) return `答案：${mark[1]}`;
    }
    return line;
  });
}

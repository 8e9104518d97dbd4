// An exam system's export that prints each item's key on the number's line and the question under it
// (1．【答案】B ↵ 党的最高领导机关是（ ）。↵ A．… B．…): the key moved to an answer line at the item's end, so
// the item reads as one typed `1．stem … 答案：B`. Only where the number's line holds the key and nothing
// else, the line under it is no item, option, answer, explanation or heading, and the item asks (a blank,
// a question, options) or is one statement keyed √/×, and every item of the paper is written so — never
// inside a key list (参考答案 … 1．【答案】C ↵ its 解析).
import { isKeyHeading } from './import-key-list.js';
import { ANSWER, EXPLAIN, ITEM, QUESTION_LIKE } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';

const LETTERS = /^[A-HＡ-Ｈ](?:[\s、,，]*[A-HＡ-Ｈ])*$/;
const TRUTH = /^(?:√|×|✓|✗|对|错|正确|错误)$/;
const OPTION = /^[A-HＡ-Ｈ]\s*[.．、:：)）]/;
/** A key list's own heading (参考答案, 答案与解析): the 1．【答案】C entries under it are no items. */
export const KEY_LIST = /^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:参考|标准)?答案(?:与|及)?(?:解析)?\s*[:：]?$/;

/** The key alone after the number and its 【答案】 mark, or null. */
function keyAlone(line: string): { number: string; key: string } | null {
  const num = ITEM.exec(line);
  if (!num) return null;
  const rest = line.slice(num[0].length);
  const mark = ANSWER.exec(rest);
  if (!mark || !/答案/.test(mark[0])) return null;
  const key = rest.slice(mark[0].length).trim();
  return LETTERS.test(key) || TRUTH.test(key) ? { number: num[0], key } : null;
}

const ends = (line: string) => ITEM.test(line) || SECTION.test(line) || EXPLAIN.test(line) || isKeyHeading(line);

/** Whether every item of the paper (before any key list) carries its key on its number's line: the
 * paper's one shape. Keys typed so under items of another shape (1．【答案】× over a 解析 sentence, after the
 * items they key) would make items of their 解析. */
function keyedAbove(lines: string[]): boolean {
  const end = lines.findIndex((l) => KEY_LIST.test(l.trim()));
  const items = lines.slice(0, end < 0 ? lines.length : end).filter((l) => ITEM.test(l));
  return items.length > 0 && items.every((l) => keyAlone(l));
}

export function moveKeysAbove(lines: string[]): string[] {
  if (!keyedAbove(lines)) return lines;
  const out: string[] = [];
  let inKeyList = false;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (KEY_LIST.test(line.trim())) inKeyList = true;
    else if (SECTION.test(line)) inKeyList = false;
    const found = inKeyList ? null : keyAlone(line);
    const next = lines[at + 1]?.trim() ?? '';
    if (!found || !next || ends(next) || OPTION.test(next) || ANSWER.test(next)) {
      out.push(line);
      continue;
    }
    let end = at + 2;
    while (end < lines.length && lines[end]!.trim() && !ends(lines[end]!) && !ANSWER.test(lines[end]!)) end++;
    const body = lines.slice(at + 1, end);
    const options = body.filter((l) => OPTION.test(l.trim())).length;
    const asks = options >= 2 || QUESTION_LIKE.test(body.join('\n'));
    // A 判断 keyed √/×: one statement line, nothing else before the next item.
    const statement = TRUTH.test(found.key) && body.length === 1;
    if (!(LETTERS.test(found.key) ? options >= 1 : statement || asks)) {
      out.push(line);
      continue;
    }
    out.push(`${found.number}${body[0]!.trim()}`, ...body.slice(1), `答案：${found.key}`);
    at = end - 1;
  }
  return out;
}

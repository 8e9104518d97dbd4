// A bank's answer read against the options: letters (ABD, 选B, A项), option texts, 全选, or a 判断's truth
// word (正确, √, 对) as the index of 正确 or 错误.
import { foldAnswer } from './grade.js';
import { stripOptionPrefix } from './import-option-text.js';

const TRUE_WORDS = new Set(['正确', '对', '是', '√', '✓', '✔', 'true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['错误', '错', '不正确', '不对', '否', '×', '✗', '✘', 'x', 'false', 'f', 'no', 'n']);
// ┋ joins the choices of one answer in 问卷星 (wjx.cn) exports.
export const SEPARATORS = /[\s,，、;；|｜/┋]/g;

export const ANSWER_LABEL = /^(?:【\s*(?:正确|参考)?答案\s*】|(?:正确|参考)?答案\s*[:：])\s*/;
/** “答案：A”, “【答案】A”, “正确答案:B” → the answer itself; “选B”, “应选B”, “A项” → the letters. */
export const cleanAnswer = (a: string) =>
  a
    .normalize('NFKC')
    .trim()
    .replace(ANSWER_LABEL, '')
    .replace(/[。.．]$/, '')
    .replace(/^(?:本题|故|应|应该)?(?:选择?|选项)\s*(?=[A-Ha-h][A-Ha-h\s、,，]*(?:$|[^A-Za-z]))/, '')
    .replace(/^([A-Ha-h](?:[\s、,，]*[A-Ha-h])*)\s*项$/, '$1');

export function answerIndexes(answer: string, options: string[]): number[] | string {
  const a = cleanAnswer(answer);
  // “A.B.C.”, “A. C”, “A、B”: letters alone, whatever separates them.
  const letters = /^[A-Ha-h\s,，、;；|｜/┋.．]+$/.test(a) ? a.replace(/[^A-Ha-h]/g, '') : a.replace(SEPARATORS, '');
  // “B.株洲”, “B 1921年”: a letter with its option's text; both must name the same option.
  const both = /^([A-Ha-h])(?:\s*[.．、:：)）]|\s+(?=[^A-Za-z\s]))\s*(.+)$/.exec(a);
  if (both && !/^[A-Ha-h]+$/.test(letters)) {
    const i = both[1]!.toUpperCase().charCodeAt(0) - 65;
    if (i < options.length && foldAnswer(options[i]!) === foldAnswer(both[2]!)) return [i];
    return `答案“${a.slice(0, 30)}”的字母与选项文字不一致：请核对答案`;
  }
  if (/^[A-Ha-h]+$/.test(letters)) {
    const idx = [...letters.toUpperCase()].map((c) => c.charCodeAt(0) - 65);
    if (idx.some((i) => i >= options.length)) return `答案“${a}”超出选项范围`;
    return [...new Set(idx)];
  }
  const folded = options.map(foldAnswer);
  const whole = folded.indexOf(foldAnswer(a));
  if (whole >= 0) return [whole];
  // 全选: every option (a 单选 keyed so is refused by its caller, as any key of several letters);
  // beside an option 以上都是 it may mean that option alone, so it is refused.
  if (/^(?:全选|全部选项|选全部)$/.test(a) && options.length > 1) {
    if (options.some((o) => /以上|全部|都是|都对|全选/.test(o)))
      return `答案“${a}”可能指全部选项，也可能指选项“以上……”：请用字母写明答案`;
    return options.map((_, i) => i);
  }
  // 警告；严重警告 or 警告、严重警告: the right options' texts, each one whole (a text that is
  // one option, 、 and all, was matched above).
  for (const sep of [/[|｜；;┋]/, /[、，,]/]) {
    const parts = a.split(sep).map((p) => folded.indexOf(foldAnswer(stripOptionPrefix(p))));
    if (parts.length > 1 && parts.every((i) => i >= 0)) return [...new Set(parts)];
  }
  return `答案“${a.slice(0, 30)}”不是任何一个选项`;
}

export function truthIndex(answer: string): number | null {
  const raw = cleanAnswer(answer);
  const a = foldAnswer(raw) || raw;
  if (TRUE_WORDS.has(a.toLowerCase()) || TRUE_WORDS.has(raw)) return 0;
  if (FALSE_WORDS.has(a.toLowerCase()) || FALSE_WORDS.has(raw)) return 1;
  return null;
}

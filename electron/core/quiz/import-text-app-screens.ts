// 学习强国 挑战答题 / 每日答题 screenshots put through OCR: each question under a header `挑战答题 第3题`,
// options `A.…` one a line, `正确答案：B`. OCR misreads letters (B as 8, C as (, D as 0): such an option
// would start a new item (8.五种) and such a key keys nothing certain, so the item is marked and refused.

/** The mark a misread screenshot item carries into its stem (a private-use character no file types). */
export const OCR_MARK = '\uE003';
export const OCR_REASON =
  '截图文字识别不清（选项字母或答案被识别成了数字或符号，如把 B 识别成 8）：无法确定答案，请对照原截图改正后再导入';

const HEADER = /^(?:学习强国\s*)?(?:挑战答题|每日答题|每周答题|专项答题)\s*第\s*(\d{1,3})\s*题\s*$/;
/** An option line whose letter OCR turned into a digit or a bracket: 8.五种, (.1927, 0.1949. */
const MISREAD_OPTION = /^(?:[0-9]|[(（])\s*[.．、]/;
/** A key line whose key is not letters only: 正确答案：8, 正确答案：C0. */
const MISREAD_KEY = /^(?:正确|参考)?答案\s*[:：]\s*(?=[A-H0-9()（）]+$)(?![A-H]+$)/;

export function numberAppScreens(lines: string[]): string[] {
  if (!lines.some((l) => HEADER.test(l))) return lines;
  const out: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const head = HEADER.exec(lines[at]!);
    if (!head || at + 1 >= lines.length) {
      out.push(lines[at]!);
      continue;
    }
    let end = at + 2;
    while (end < lines.length && !HEADER.test(lines[end]!)) end++;
    const body = lines.slice(at + 2, end);
    const misread = body.some((l) => MISREAD_OPTION.test(l) || MISREAD_KEY.test(l));
    out.push(`${head[1]}．${lines[at + 1]}${misread ? OCR_MARK : ''}`);
    // A misread option stays out of the text: it would read as an item of its own.
    out.push(...body.filter((l) => !MISREAD_OPTION.test(l)));
    at = end - 1;
  }
  return out;
}

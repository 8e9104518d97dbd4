// The lines of a numbered text bank made ready to read (import-text.ts): one mark to a line, the
// same characters for the same marks, and nothing an exam system or a printout adds to an item.
import { CHOICE_BOX, CHOICE_TRUTH, LEAD_TAG, MID_LINE_MARK, RECORD_LINE } from './import-text-lines.js';

/** Full-width digits and Latin letters (１．, Ａ．, 答案：Ｃ, as OCR and some input methods type
 * them) as ASCII; 答 案 typed with a space, （答案：C） after the options, and A ．三 with a space
 * before the mark, as the plain forms: numbers, option letters and keys then read alike. */
const foldWidth = (line: string) =>
  line
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^答[\s　]+案/, '答案')
    .replace(/[（(]\s*((?:正确|参考|标准)?答案\s*[:：][^()（）]+?)\s*[)）]$/, '　$1')
    .replace(/(^|[\s　])([A-H]) +([.．、])/g, '$1$2$3');

/** The lines, each mark (答案：, 解析：) on a line of its own, trimmed, without empty lines, the
 * candidate's answer and score (RECORD_LINE) or the choice boxes of a printed web test. */
export function cleanLines(lines: string[]): string[] {
  return lines
    .map((l) => foldWidth(l).replace(LEAD_TAG, '$2$1'))
    .flatMap((l) => l.split(MID_LINE_MARK))
    .map((l) => l.replace(/^[\s　]+|[\s　]+$/g, '').replace(CHOICE_BOX, ''))
    .filter((l) => l && !RECORD_LINE.test(l) && !CHOICE_TRUTH.test(l));
}

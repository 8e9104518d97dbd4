// Cleans a raw bank row before it is read: HTML from web exports (<p>…</p>, &nbsp;), question
// numbers in front of the stem (“12.”, “3、”), and options or the answer written into the stem
// (“…（ ）\nA. 甲\nB. 乙\n【答案】A”), as banks copied from Word, web pages and txt files hold them.
import type { RawItem } from './import-normalize.js';

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Tags out (block ends become line breaks), entities decoded; plain text is returned as is. */
export function htmlToText(s: string): string {
  if (!/<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);/i.test(s)) return s;
  return s
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Leading question numbers (“12.”, “3、”, “2.2018年…”) are not part of the stem; “1.5亿” is. */
export const stripNumber = (s: string) => s.replace(/^\s*\d{1,4}\s*(?:[、．]|\.(?!\d)|\.(?=\d{4}年))\s*/, '');

const LETTER_AT = /(?:^|[\s(（)）？?。：:，,])([A-H])\s*[.．、:：)）]/g;

/** “题干 A.甲 B.乙 C.丙”: the options when the stem ends in a run of lettered options A, B, C… */
export function splitLetteredStem(stem: string): { stem: string; options: string[] } | null {
  const marks = [...stem.matchAll(LETTER_AT)];
  const first = marks.findIndex((m) => m[1] === 'A');
  if (first < 0) return null;
  const run = marks.slice(first);
  // The letters must run A, B, C… with nothing else lettered after them.
  if (run.length < 2 || run.some((m, i) => m[1] !== 'ABCDEFGH'[i])) return null;
  const letterAt = (m: RegExpMatchArray) => (m.index ?? 0) + m[0].search(/[A-H]/);
  const options = run.map((m, i) => {
    const to = i + 1 < run.length ? letterAt(run[i + 1]!) : stem.length;
    return stem
      .slice((m.index ?? 0) + m[0].length, to)
      .trim()
      .replace(/[，,;；]$/, '')
      .trim();
  });
  const head = stem.slice(0, letterAt(run[0]!)).trim();
  return head && options.every(Boolean) ? { stem: head, options } : null;
}

const ANSWER_MARK = /【\s*(?:正确|参考)?答案\s*】|(?:正确|参考)?答案\s*[:：]/;

/** The row with HTML removed, and options / answer taken out of the stem when the row has none. */
export function cleanRow(raw: RawItem): RawItem {
  let stem = stripNumber(htmlToText(raw.stem));
  let answer = htmlToText(raw.answer);
  let explanation = htmlToText(raw.explanation);
  let options = raw.options.map(htmlToText);
  const mark = answer.trim() ? null : ANSWER_MARK.exec(stem);
  if (mark) {
    // “…【答案】C【解析】…”: the answer runs to the line's end or the next 【】 heading.
    const rest = stem.slice(mark.index + mark[0].length);
    const end = rest.search(/\n|【/);
    const found = (end < 0 ? rest : rest.slice(0, end)).trim();
    if (found) {
      answer = found;
      explanation ||= (end < 0 ? '' : rest.slice(end)).replace(/【\s*(?:解析|分析|详解)\s*】/g, '').trim();
      stem = stem.slice(0, mark.index).trim();
    }
  }
  if (options.length === 0) {
    const inStem = splitLetteredStem(stem);
    if (inStem) ({ stem, options } = inStem);
  }
  return { ...raw, stem, answer, explanation, options };
}

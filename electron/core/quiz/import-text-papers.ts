// Two papers in one file (第一套 / 第二套, 试卷一 / 试卷二, A卷 / B卷), each numbered from 1: a paper's heading starts
// a new part of the bank (import-text.ts), and a key list that names a paper answers that paper only (第一套参考答案：
// 1．B after it, or 第二套：1．A under 参考答案 at the end), so item 3 of paper 1 is never keyed by paper 2's 3．.

/** A paper's name; 第一套题 and 第一套 are one name (paperName). */
export const PAPER_NAME =
  '(?:第[一二三四五六七八九十\\d]{1,3}套(?:试题|试卷|题)?|试卷[一二三四五六七八九十\\d]{1,3}|[A-DＡ-Ｄ]卷)';
/** 第一套, 试卷二：, or a title naming its paper in brackets (党史知识测试题（第二套）). */
const HEADING = new RegExp(`^(?:[^\\s，。；？?（(]{1,30}[（(](${PAPER_NAME})[)）]|(${PAPER_NAME})\\s*[:：]?)$`);
/** 第一套参考答案：1．B, 试卷一答案：1-3 ABA, 第二套：1．A: the keys of the paper named. */
const KEY = new RegExp(`^(${PAPER_NAME})\\s*的?\\s*(?:(?:参考|标准)?答案\\s*[:：]?|[:：])\\s*(?=[（(]?\\d)`);

const paperName = (name: string) => name.normalize('NFKC').replace(/(?:试题|试卷|题)$/, '');

/** The paper a line heads (`key` unset) or keys (`key`: the entries after its name), or null. */
export function paperLine(line: string): { name: string; key?: string } | null {
  const head = HEADING.exec(line);
  if (head) return { name: paperName((head[1] ?? head[2])!) };
  const key = KEY.exec(line);
  return key ? { name: paperName(key[1]!), key: line.slice(key[0].length) } : null;
}

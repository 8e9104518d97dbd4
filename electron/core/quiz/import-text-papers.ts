// Two papers in one file (第一套 / 第二套, 试卷一 / 试卷二, A卷 / B卷, 模拟卷一 / 模拟卷二, 上半场 / 下半场), each
// numbered from 1: a paper's heading starts a new part of the bank (import-text.ts), and a key list that names a
// paper answers that paper only (第一套参考答案：1．B after it, or 第二套：1．A under 参考答案 at the end), so item 3
// of paper 1 is never keyed by paper 2's 3．.

const ORD = '[一二三四五六七八九十\\d]{1,3}';
/** A paper's name a title may end in: 第一套 (第一套题, 第一套模拟试题), 试卷二, A卷, 模拟卷一 (模拟卷（一）, 模拟题二,
 * 模拟试卷三). */
const TITLED = `(?:第${ORD}套(?:模拟)?(?:试题|试卷|题)?|试卷${ORD}|[A-DＡ-Ｄ]卷|模拟试?[卷题][（(]?${ORD}[)）]?)`;
/** A paper's name; 第一套题 and 第一套 are one name, as are 模拟卷（一） and 模拟卷一 (paperName). 上半场 / 下半场 are a
 * 知识竞赛's two papers, each numbered from 1. */
export const PAPER_NAME = `(?:${TITLED}|[上下]半场)`;
/** 第一套, 试卷二：, 上半场　必答题, a title naming its paper in brackets (党史知识测试题（第二套）) or ending in it
 * (党章知识模拟卷一); 上半场 alone or over its round only (比赛分为上半场 is a sentence). */
const HEADING = new RegExp(
  `^(?:[^\\s，。；？?（(]{1,30}[（(](${PAPER_NAME})[)）]|[^\\s，。；？?]{0,30}?(${TITLED})|([上下]半场)(?:[\\s　:：]*[^\\s，。；？?]{1,8}题)?)\\s*[:：]?$`,
);
/** 第一套参考答案：1．B, 试卷一答案：1-3 ABA, 第二套：1．A: the keys of the paper named; 第一套答案 alone: their heading
 * (a 题号 | 答案 table under it). */
const KEY = new RegExp(
  `^(${PAPER_NAME})\\s*的?\\s*(?:(?:参考|标准)?答案\\s*[:：]?|[:：])\\s*(?=[（(]?\\d)|^(${PAPER_NAME})\\s*的?\\s*(?:参考|标准)?答案\\s*[:：]?$`,
);

const paperName = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/[()]/g, '')
    .replace(/(?:试题|试卷|题)$/, '')
    .replace(/(?<=套)模拟$/, '');

/** The paper a line heads (`key` unset) or keys (`key`: the entries after its name), or null. */
export function paperLine(line: string): { name: string; key?: string } | null {
  const head = HEADING.exec(line);
  if (head) return { name: paperName((head[1] ?? head[2] ?? head[3])!) };
  const key = KEY.exec(line);
  return key ? { name: paperName((key[1] ?? key[2])!), key: line.slice(key[0].length) } : null;
}

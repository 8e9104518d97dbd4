// Section headings of a numbered text bank (import-text.ts): the 题型 a heading names (一、单项选择题),
// the rounds of a 知识竞赛 (必答题, 抢答题, 风险题), groups inside a round (第一组, 10分题), and
// whether a heading after a key list starts the paper's next part rather than a part of the list.
import { isKeyEntries, kindOf, type KeyList } from './import-key-list.js';
import { ITEM, QUESTION_LIKE } from './import-text-lines.js';

/** The rounds of a 知识竞赛: a section of no one 题型, named so by its key list too. */
const ROUNDS = '(?:个人|团体|团队|小组|集体)?(?:必答|抢答|风险|选答|共答|附加|加赛)';
const ROUND = new RegExp(ROUNDS);
/** The 题型 (or round) a section heading names, as the bank's own type (import-normalize's kindOf
 * reads it): 一、单项选择题, Ⅱ．判断题, 第二部分 判断题, 第一环节：必答题. */
export const HEADING = new RegExp(
  `^(?:[一二三四五六七八九十]+\\s*[、.．]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\\d]+(?:部分|环节|轮|关)\\s*[:：、]?)?\\s*(单项选择|单选|多项选择|多选|不定项选择|选择|判断|是非|填空|简答|问答|论述|案例分析|材料分析|排序|连线|${ROUNDS})题?\\s*(?:[（(][^)）]*[)）])?\\s*[:：]?`,
);
export const SECTION = new RegExp(`${HEADING.source}$`);
/** A key section named by its number only, its entries after it: 一、1-5 ABCDA, （一）1．B, 第一部分：1．A
 * (or 第一部分 alone, its entries on the lines under it). */
export const ORDINAL =
  /^()(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[)）])(?:(?<=部分)[\s　]*[:：、]?[\s　]*(?=\d|$)|\s*[、.．]\s*(?=\d)|(?<=[)）])[\s　]*[:：、]?[\s　]*(?=\d))/;
/** （一） and (一) as one name, as a paper's heading and its key section may bracket it differently. */
export const ordinalName = (name: string) => name.replace(/^[（(](.+)[)）]$/, '（$1）');
/** The number a paper's section heading is known by (一、单项选择题 → 一, （一）单选题 → （一）, 第一部分 判断题 → 第一部分),
 * as its key section names it. */
export const sectionOrdinal = (line: string) => {
  const name =
    /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+(?=\s*[、.．])|[（(][一二三四五六七八九十]+[)）])/.exec(
      line,
    )?.[1];
  return name && ordinalName(name);
};
/** Any other short heading (二、党章知识): a new section without a 题型; never a sentence. */
export const OTHER_HEADING =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+部分)\s*[^，。；,;：:？?（(]{1,24}$/;
/** A group inside a section (第一组, 第2轮, 10分题 in a contest's 风险题): its items are numbered
 * from 1 again, in the same section. */
export const GROUP =
  /^(?:第\s*[一二三四五六七八九十\d]{1,3}\s*[组轮]|[一二三四五六七八九十\d]{1,3}\s*分(?:值)?题)\s*(?:[（(][^)）]*[)）])?\s*[:：]?$/;
/** A group's name in a key list, its entries after it (第一组：①A ②C, 第二组 1.C 2.B) or alone. */
export const GROUP_KEYS =
  /^(第\s*[一二三四五六七八九十\d]{1,3}\s*[组轮]|[一二三四五六七八九十\d]{1,3}\s*分(?:值)?题)\s*(?:[:：]\s*|$)/;
/** 第 一 组： as 第一组, so a group and its key entries name it alike. */
export const groupName = (line: string) => line.replace(/[\s:：]/g, '');
/** A note under a section heading (（每题2分，共20分）, 说明：…): not an item, not a key. */
const NOTE = /^(?:[（(][^)）]*[)）]|(?:说明|注意|注|要求)\s*[:：].*)$/;

const ORDINALS = '一二三四五六七八九十';
/** The 题型 of each section heading's number (一 → 单选), '' where the number repeats; the 题型 the
 * paper's own headings name. */
export type PaperHeadings = { ordinals: Map<string, string>; types: Set<string> };

/** What the first numbered line under a heading (past its notes) is: a question (a blank, a
 * question mark), a statement (words, not key entries), another numbered line (1.C 2.A), or none. */
function under(lines: string[], at: number): 'question' | 'statement' | 'other' | null {
  let n = at + 1;
  while (n < lines.length && NOTE.test(lines[n]!) && !ITEM.test(lines[n]!)) n++;
  const next = lines[n];
  if (!next || !ITEM.test(next)) return null;
  const rest = next.replace(ITEM, '');
  return QUESTION_LIKE.test(rest) ? 'question' : !isKeyEntries(rest) && rest.length > 6 ? 'statement' : 'other';
}

/** A heading after a key list that answered the part above, with a numbered line under it: the
 * paper's next part, not a section of the key list. `restart`: its number or 题型 came before
 * (a second paper, or the same section going on), so the paper's headings are counted anew.
 * - Numbered, it comes next after the paper's own sections (二、 after 一、), or a question is
 *   under it.
 * - Unnumbered (判断题 alone, where the paper's headings had no numbers), it names a 题型 or round
 *   no section of the paper had yet, with a question (or a 判断 or round's statement) under it;
 *   or it names one the paper had, with a question under it.
 * - A group (第二组) with a question under it. */
export function resumesPaper(
  line: string,
  lines: string[],
  at: number,
  paper: PaperHeadings & { keys: KeyList },
): 'next' | 'restart' | null {
  const item = under(lines, at);
  if (GROUP.test(line)) return item === 'question' ? 'next' : null;
  const head = SECTION.exec(line);
  if (!head || !item) return null;
  const kind = kindOf(head[1]!);
  const statement = item === 'statement' && (kind === '判断' || ROUND.test(kind));
  const ordinal = /^([一二三四五六七八九十])\s*[、.．]/.exec(line)?.[1];
  if (ordinal) {
    if (!paper.ordinals.size) return null;
    const last = Math.max(...[...paper.ordinals.keys()].map((o) => ORDINALS.indexOf(o) + 1));
    const number = ORDINALS.indexOf(ordinal) + 1;
    if (number === last + 1) return 'next';
    return number <= last && (item === 'question' || statement) ? 'restart' : null;
  }
  const list = paper.keys.sections[paper.keys.sections.length - 1];
  if (paper.ordinals.size || !paper.types.size || !list?.entries.size || list.after === undefined) return null;
  if ([...paper.types].some((t) => kindOf(t) === kind)) return item === 'question' ? 'restart' : null;
  if (!/单选|多选|判断/.test(kind) && !ROUND.test(kind)) return null;
  return item === 'question' || statement ? 'next' : null;
}

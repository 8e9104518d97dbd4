// Whether a fact (the sentence or clause a question shows) reads as whole text: not cut inside a
// bracket or a quotation (a paragraph that breaks a line inside “（PM\n2.5\n）” splits there), and
// not written in traditional characters (a traditional sentence under a simplified stem mixes scripts), and not
// opening on a press conference's or an interview's turn label (问：, 答：, 记者：, 主持人：), which is no part of the words,
// nor running over a 方案's numbered heading.
import { detectScript } from '../text/normalize.js';

const PAIRS: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['【', '】'],
];

/** Whether every bracket and quotation mark of `text` is closed, in order. */
export function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return true;
}

/** A turn label opening a line of a press conference or an interview: 问：, 答：, 记者：, 新华社记者：, 主持人：. */
export const TURN_LABEL = /^(?:问|答|提问|回答|主持人|[^\s，,。：:“”]{0,8}?记者)\s*[：:]\s*/;

export function wholeFact(text: string): boolean {
  return balanced(text) && detectScript(text) === 'simplified' && !TURN_LABEL.test(text) && !PLAN_HEADING.test(text);
}

/** A 方案's numbered field heading run into the line after its text (…排头兵二、活动时间2026年3月20日…,
 * questions-fillimported70.json): the import joined the plan's lines, the fact is no sentence. */
const PLAN_HEADING =
  /[\p{Script=Han}）)][一二三四五六七八九十]、(?:活动|时间|地点|参加|参会|人员|内容|要求|主题|形式|步骤|安排|组织)/u;

// Whether a fact (the sentence or clause a question shows) reads as whole text: not cut inside a
// bracket or a quotation (a paragraph that breaks a line inside “（PM\n2.5\n）” splits there), and
// not written in traditional characters (a traditional sentence under a simplified stem mixes scripts), and not
// opening on a press conference's or an interview's turn label (问：, 答：, 记者：, 主持人：), which is no part of the words.
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
  return balanced(text) && detectScript(text) === 'simplified' && !TURN_LABEL.test(text);
}

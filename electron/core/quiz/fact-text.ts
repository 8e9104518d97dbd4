// Whether a fact (the sentence or clause a question shows) reads as whole text: not cut inside a
// bracket or a quotation (a paragraph that breaks a line inside “（PM\n2.5\n）” splits there), and
// not written in traditional characters (a traditional sentence under a simplified stem mixes scripts).
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

export function wholeFact(text: string): boolean {
  return balanced(text) && detectScript(text) === 'simplified';
}

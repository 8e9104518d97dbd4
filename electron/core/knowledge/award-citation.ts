// A 颁奖词 (`【颁奖词】一只药箱，背了四十年；…`, `颁奖词（黄春燕）：…`): an award's citation, written by no one the page
// names — not the hero it praises, nor the last byline's speaker. Its words are nobody's, after the label.
import { isBylineName } from './byline-name.js';

export const CITATION_LABEL =
  /^\s*(?:【(?:颁奖词|颁奖辞|推荐词|推选词)】|(?:颁奖词|颁奖辞|推荐词|推选词)(?:[（(][^（）()]{1,20}[）)])?[：:])\s*/;

/** Where a citation's words start in a paragraph (after its label), or -1 when the paragraph is none. */
export const citationStart = (folded: string): number => CITATION_LABEL.exec(folded)?.[0].length ?? -1;

/** `获奖者：罗春燕　凌云县泗城镇中心小学教师` then `获奖感言：……`: the honouree's own words, under the label. */
const HONOUREE = /^\s*(?:获奖者|获奖人|领奖人|获奖代表)[：:]\s*([\u4e00-\u9fff]{2,3})(?:[\s　]|$)/;
const ACCEPTANCE = /^\s*(?:获奖|领奖)感言[：:]\s*/;

/** An acceptance speech's turn: the honouree the nearest `获奖者：` line before it names, and where the words start. */
export function acceptanceTurn(
  folded: readonly (string | null)[],
  i: number,
): { name: string; at: number } | undefined {
  const label = ACCEPTANCE.exec(folded[i] ?? '');
  if (!label) return undefined;
  for (let k = i - 1; k >= 0; k--) {
    const m = HONOUREE.exec(folded[k] ?? '');
    if (m) return isBylineName(m[1]!) ? { name: m[1]!, at: label[0].length } : undefined;
  }
  return undefined;
}

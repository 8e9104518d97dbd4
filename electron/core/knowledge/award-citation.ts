// A 颁奖词 (`【颁奖词】一只药箱，背了四十年；…`, `颁奖词（黄春燕）：…`): an award's citation, written by no one the page
// names — not the hero it praises, nor the last byline's speaker. Its words are nobody's, after the label.
export const CITATION_LABEL =
  /^\s*(?:【(?:颁奖词|颁奖辞|推荐词|推选词)】|(?:颁奖词|颁奖辞|推荐词|推选词)(?:[（(][^（）()]{1,20}[）)])?[：:])\s*/;

/** Where a citation's words start in a paragraph (after its label), or -1 when the paragraph is none. */
export const citationStart = (folded: string): number => CITATION_LABEL.exec(folded)?.[0].length ?? -1;

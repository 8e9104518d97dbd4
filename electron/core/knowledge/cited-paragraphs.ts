// Paragraphs that hold someone else's words across paragraph breaks, so that none of their
// sentences is offered as the document speaker's own 金句.
import type { Paragraph } from '../../contract/api.js';
import { endsOnColon } from '../text/char-counts.js';
import { foldForSearch, foldQuoteMarks } from '../text/normalize.js';
import { reportedSpans } from './reported-speech.js';
import { CUE } from './speakers.js';

// `党章明确规定：⏎党员必须……`, `写下了这样一段话：⏎……`: cited text set as a paragraph of its own.
const CUE_AT_END = new RegExp(`(?:${CUE}|规定|写明|写着|(?:这样|如下)(?:一段|一句)?话)(?:过|道|我们)*[：:]\\s*“?\\s*$`);

const OPEN = 0x201c; // “ (folded text: the marks are single units, no need to walk by code point)
const CLOSE = 0x201d; // ”

/** Where an opening mark is never closed in the rest of the document (a typo of the source:
 * `一是建设社会主义新农村。“纲要（草案）》把…`): such a mark opens no quotation, or every later
 * paragraph would be taken for someone else's words. Keys: `paragraph:offset`. */
function strayOpenings(folded: readonly string[]): Set<string> {
  const open: string[] = [];
  folded.forEach((f, p) => {
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === OPEN) open.push(`${p}:${i}`);
      else if (c === CLOSE) open.pop();
    }
  });
  return new Set(open);
}

/** Paragraphs that are someone else's words across paragraph breaks: inside a quotation opened
 * in an earlier paragraph (“毛主席教导我们：“⏎历史的经验值得注意…”), or right after a paragraph
 * that ends on a citation cue (“列宁曾经指出：⏎帝国主义就是战争。”). */
export function citedParagraphs(paragraphs: readonly Paragraph[]): boolean[] {
  const folded = paragraphs.map((p) => foldQuoteMarks(foldForSearch(p.text)));
  const stray = strayOpenings(folded);
  let depth = 0;
  let afterCue = false;
  return folded.map((f, p) => {
    const cited = depth > 0 || afterCue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === OPEN && !stray.has(`${p}:${i}`)) depth++;
      else if (c === CLOSE) depth = Math.max(0, depth - 1);
    }
    // `古人云：`, `俗话说得好：` as well: a reported clause whose words start in the next paragraph.
    afterCue =
      endsOnColon(f) && // what both patterns need, checked from the end: they search the whole paragraph
      (CUE_AT_END.test(f) || (/[：:]\s*$/.test(f) && reportedSpans(f).some(([, b]) => b === f.length)));
    return cited;
  });
}

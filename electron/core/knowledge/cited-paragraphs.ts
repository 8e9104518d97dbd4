// Paragraphs that are someone else's words across paragraph breaks (a quotation opened in an earlier
// paragraph, or a paragraph after one ending on a citation cue): none of their sentences is the
// document speaker's own (quote-candidates.ts).
import type { Paragraph } from '../../contract/api.js';
import { endsOnColon } from '../text/char-counts.js';
import { foldForSearch, foldQuoteMarks } from '../text/normalize.js';
import { reportedSpans } from './reported-speech.js';
import { CUE } from './speakers.js';

// `党章明确规定：⏎党员必须……`, `写下了这样一段话：⏎……`: cited text set as a paragraph of its own.
const CUE_AT_END = new RegExp(`(?:${CUE}|规定|写明|写着|(?:这样|如下)(?:一段|一句)?话)(?:过|道|我们)*[：:]\\s*“?\\s*$`);

/** Paragraphs that are someone else's words across paragraph breaks: inside a quotation opened
 * in an earlier paragraph (“毛主席教导我们：“⏎历史的经验值得注意…”), or right after a paragraph
 * that ends on a citation cue (“列宁曾经指出：⏎帝国主义就是战争。”). */
export function citedParagraphs(paragraphs: readonly Paragraph[]): boolean[] {
  let depth = 0;
  let afterCue = false;
  return paragraphs.map((p) => {
    const f = foldQuoteMarks(foldForSearch(p.text));
    const cited = depth > 0 || afterCue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i); // “ and ” are single units: no need to walk by code point
      depth = c === 0x201c ? depth + 1 : c === 0x201d ? Math.max(0, depth - 1) : depth;
    }
    // `古人云：`, `俗话说得好：` as well: a reported clause whose words start in the next paragraph.
    afterCue =
      endsOnColon(f) && // what both patterns need, checked from the end: they search the whole paragraph
      (CUE_AT_END.test(f) || (/[：:]\s*$/.test(f) && reportedSpans(f).some(([, b]) => b === f.length)));
    return cited;
  });
}

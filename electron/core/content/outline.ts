// Which paragraphs are headings (the document outline): headings marked up by the file (Word
// heading styles, HTML 引题/副标题), numbered headings (一、 （一） 1. 第一章), and — when the file marks
// none — short lines that are not sentences. Salutations, bylines and date lines never are.
import type { Paragraph } from '../../contract/api.js';
import { isProse } from '../text/line-repair.js';
import { dateOnlyLine } from './dates.js';
import { SALUTATION } from './header.js';

export const NUMBERED =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百]+[章节部分条编])/;

function numberedHeading(text: string): boolean {
  // A numbered line is a heading when it is short and holds at most one closing sentence mark.
  return NUMBERED.test(text) && text.length <= 40 && !/[。！？!?；;]./.test(text);
}

export function paragraphKinds(lines: readonly string[], headings: readonly string[]): Paragraph[] {
  const marked = new Set(headings.map((h) => h.replace(/\s+/g, '')));
  // A guessed heading heads something: after the last sentence of the body (the 落款, 附件 lines)
  // short lines are not headings.
  let lastProse = -1;
  lines.forEach((text, i) => {
    if (isProse(text)) lastProse = i;
  });
  // A 提纲 of heads and short points has no sentence: its last numbered line ends it instead.
  if (lastProse < 0) lines.forEach((text, i) => NUMBERED.test(text) && (lastProse = i));
  // Lines above the salutation (`同志们：`) are the header: subtitle, byline, unit, date.
  // (Only when no sentence comes before it: a `各位代表！` further down is inside the body.)
  let opening = -1;
  for (let i = 0; i < Math.min(lines.length, 8) && !isProse(lines[i]!); i++)
    if (SALUTATION.test(lines[i]!) && !NUMBERED.test(lines[i]!)) {
      opening = i;
      break;
    }
  return lines.map((text, i) => {
    const key = text.replace(/\s+/g, '');
    let h: boolean;
    // `——在……上的讲话` under a title is its subtitle; a line with tabs is a table's row.
    if (SALUTATION.test(text) || dateOnlyLine(text) || /^——/.test(text) || i < opening) h = false;
    else if (marked.has(key)) h = true;
    else if (i > lastProse) h = false;
    else if (numberedHeading(text)) h = true;
    else h = marked.size === 0 && !isProse(text) && text.length <= 60 && !/[。！？!?；;\t]/.test(text);
    return { kind: h ? 'h' : 'p', text };
  });
}

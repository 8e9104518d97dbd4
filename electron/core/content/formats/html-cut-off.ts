// A page saved before it finished loading (a browser's "HTML only" save written from a download still
// under way): the file stops inside the text or inside a tag, with no `</body>` or `</html>` after it.
// SingleFile and hand-made pages leave those tags out too, but they end on a whole tag.
import type { Removed } from './html-body.js';

const CLOSED = /<\/(?:body|html)\s*>/i;
/** A paragraph's close: a sentence's end, a quote or bracket closing one. */
const WHOLE_END = /[。！？!?…：:；;”’」』）)】\]]$/;

/** A mark inside a sentence: no paragraph ends on it. */
const MID_SENTENCE = /[，、,]$/;

/** A sentence of prose (40 characters or more, a comma inside) stopping on a character, with no end mark:
 * a signature or a date line is short, a heading has no comma. */
const CUT_IN_PROSE = /^(?=.{40})[^\n]*[，,][^\n]*[\u4e00-\u9fff]$/;

/** Chrome's "complete" save of a page still loading: the DOM was written out with its tags closed, so the
 * file ends whole, but the text stops mid-sentence (on a comma, or inside a word) and nothing of the page (editor line,
 * share bar, footer) follows it. That last paragraph is a fragment. */
function closedAfterCut(saved: string, lines: string[]): { lines: string[]; removed: Removed[] } | null {
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (!MID_SENTENCE.test(last) && !CUT_IN_PROSE.test(last)) return null;
  const at = saved.lastIndexOf(last.slice(-6));
  if (at < 0) return null;
  const after = saved
    .slice(at + last.slice(-6).length)
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s/g, '');
  if (after) return null;
  return { lines: lines.slice(0, -1), removed: [{ reason: '网页未保存完整', text: last }] };
}

export const CUT_OFF_NOTE =
  '网页没有保存完整（保存时页面还没有加载完），文章末尾可能缺失；请等页面加载完后重新保存，再导入。';

/** The body without the paragraph the cut broke off, and the note to show; null for a whole save. */
export function cutOffSave(saved: string, lines: string[]): { lines: string[]; removed: Removed[] } | null {
  const tail = saved.trimEnd();
  if (!tail) return null;
  if (tail.endsWith('>') || CLOSED.test(tail.slice(-4000))) return closedAfterCut(saved, lines);
  // Stopped inside a tag (`<div class="sh`): the text before it is whole.
  const inText = tail.lastIndexOf('<') < tail.lastIndexOf('>') || !tail.includes('<');
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (!inText || !last || WHOLE_END.test(last)) return { lines, removed: [] };
  return { lines: lines.slice(0, -1), removed: [{ reason: '网页未保存完整', text: last }] };
}

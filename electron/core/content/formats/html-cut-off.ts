// A page saved before it finished loading (a browser's "HTML only" save written from a download still
// under way): the file stops inside the text or inside a tag, with no `</body>` or `</html>` after it.
// SingleFile and hand-made pages leave those tags out too, but they end on a whole tag.
import type { Removed } from './html-body.js';

const CLOSED = /<\/(?:body|html)\s*>/i;
/** A paragraph's close: a sentence's end, a quote or bracket closing one. */
const WHOLE_END = /[。！？!?…：:；;”’」』）)】\]]$/;

export const CUT_OFF_NOTE =
  '网页没有保存完整（保存时页面还没有加载完），文章末尾可能缺失；请等页面加载完后重新保存，再导入。';

/** The body without the paragraph the cut broke off, and the note to show; null for a whole save. */
export function cutOffSave(saved: string, lines: string[]): { lines: string[]; removed: Removed[] } | null {
  const tail = saved.trimEnd();
  if (!tail || tail.endsWith('>') || CLOSED.test(tail.slice(-4000))) return null;
  // Stopped inside a tag (`<div class="sh`): the text before it is whole.
  const inText = tail.lastIndexOf('<') < tail.lastIndexOf('>') || !tail.includes('<');
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (!inText || !last || WHOLE_END.test(last)) return { lines, removed: [] };
  return { lines: lines.slice(0, -1), removed: [{ reason: '网页未保存完整', text: last }] };
}

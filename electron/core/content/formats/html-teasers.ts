// A column page's list of abstracts (要闻动态, 工作动态): each item a linked headline, a few lines of
// the story's opening and its day or a `阅读全文` link. The abstracts are sentences, so the link share
// stays low and the list reads as text; but none of them is an article, and a page that is only
// such a list holds no document to import.
import { textLines, textOf, type Doc, type El } from './html-dom.js';
import type { Removed } from './html-body.js';
import { dateOnlyLine } from '../dates.js';
import { ABSTRACT_LIST } from './html-empty-reason.js';

const MORE = /阅读全文|查看全文|查看详情|详细内容|【详细】|\[详细\]|更多>>|阅读更多/;

/** An item's headline and its link: a heading or title-classed first block holding the link, the
 * link itself (a search result's `<a class="r-title">`, or any link the item opens on), or, in a card
 * the link wraps whole, the card's first text block. */
function headline(item: El): { head: El; text: string; wrapped: boolean; bare: boolean } | null {
  const only = item.children.length === 1 ? item.firstElementChild : null;
  const box = only?.tagName === 'A' ? only : item;
  const head = [...box.children].find((c) => c.tagName !== 'IMG' && textOf(c) !== '');
  // (A 专题's items often open on the linked headline itself: `<li><a>标题</a><span>日期</span><p>摘要</p></li>`.)
  const titled = /^(?:H[2-6]|DT)$/.test(head?.tagName ?? '') || /title|tit\b|bt|[-_]t\b/.test(head?.className ?? '');
  if (!head || !(titled || (head.tagName === 'A' && box === item))) return null;
  const link = head.tagName === 'A' ? head : (head.querySelector('a') ?? (box !== item ? box : null));
  if (!link) return null;
  return { head, text: link === box ? textOf(head) : textOf(link), wrapped: link === box, bare: !titled };
}

/** A month and day alone (`03-05`, `3月5日`): a list item's day in a column of this year. */
export const MONTH_DAY = /^(?:0?[1-9]|1[0-2])(?:[-/.]|月)(?:0?[1-9]|[12]\d|3[01])日?$/;
/** A line that is a day, maybe under its label (`发布时间：2026-03-05`), or ends on one after a space
 * (`www.…/0.html　2026-03-05`). */
const dayLine = (l: string) => {
  const last = (l.split(/\s+/).pop() ?? '').replace(/^(?:发布)?(?:时间|日期)\s*[:：]\s*/, '');
  return !!dateOnlyLine(l) || !!dateOnlyLine(last) || MONTH_DAY.test(last);
};

function teaser(item: El): boolean {
  const h = headline(item);
  if (!h || h.text.length < 6) return false;
  // The headline is the link, maybe with its day beside it (`<dt><a>标题</a><span>2026-03-08</span></dt>`).
  const rest = h.wrapped ? '' : textOf(h.head).replace(h.text, '').trim();
  if (rest && !dateOnlyLine(rest)) return false;
  const t = textOf(item);
  // (Under a bare link, an abstract or a `阅读全文`: a headline and its day alone are a title list's row.)
  if (h.bare && !MORE.test(t) && t.length - h.text.length < 30) return false;
  // (Its day may be an inline element of its own beside the headline: `<span class="date">`.)
  const dayBeside = [...item.children].some((c) => c !== h.head && dayLine(textOf(c)));
  return t.length <= 400 && (MORE.test(t) || !!rest || dayBeside || textLines(item).some((l) => dayLine(l.trim())));
}

/** Three or more teaser items, holding most of the block's text. */
function abstractTeasers(el: El): boolean {
  const items = [...el.children].filter(teaser);
  if (items.length < 3) return false;
  return items.reduce((n, c) => n + textOf(c).length, 0) >= 0.7 * textOf(el).length;
}

/** Removes every list of abstracts from the page, before the article is looked for. */
export function removeAbstractLists(doc: Doc, removed: Removed[]): void {
  for (const el of [...doc.querySelectorAll('div,ul,ol,section')]) {
    if (!el.isConnected || !abstractTeasers(el)) continue;
    removed.push({ reason: ABSTRACT_LIST, text: textOf(el).slice(0, 120) });
    el.remove();
  }
}

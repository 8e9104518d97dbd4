// A column page's list of abstracts (要闻动态, 工作动态): each item a linked headline, a few lines of
// the story's opening and its day or a `阅读全文` link. The abstracts are sentences, so the link share
// stays low and the list reads as text; but none of them is an article, and a page that is only
// such a list holds no document to import.
import { textLines, textOf, type Doc, type El } from './html-dom.js';
import type { Removed } from './html-body.js';
import { dateOnlyLine } from '../dates.js';

const MORE = /阅读全文|查看全文|查看详情|详细内容|【详细】|\[详细\]|更多>>|阅读更多/;

function teaser(item: El): boolean {
  const head = item.firstElementChild;
  if (!head || !(/^(?:H[2-6]|DT)$/.test(head.tagName) || /title|tit\b|bt/.test(head.className))) return false;
  // The headline is the link, maybe with its day beside it (`<dt><a>标题</a><span>2026-03-08</span></dt>`).
  const link = head.querySelector('a');
  const rest = link ? textOf(head).replace(textOf(link), '').trim() : '';
  if (!link || textOf(link).length < 6 || (rest && !dateOnlyLine(rest))) return false;
  const t = textOf(item);
  return t.length <= 400 && (MORE.test(t) || !!rest || textLines(item).some((l) => !!dateOnlyLine(l.trim())));
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
    removed.push({ reason: '链接列表', text: textOf(el).slice(0, 120) });
    el.remove();
  }
}

// Where a page whose <title> names only its site or paper prints the headline with no info line under
// it: under the info line (`发布时间：… 来源：…` set over the title), or straight over the text (a 数字报
// reader's article, which prints no date at all).
import { findDate } from '../dates.js';
import { idClass, textOf, walk, type Doc, type El } from './html-dom.js';
import { isInfoLine } from './html-info-line.js';
import { inBanner } from './html-headline-place.js';

/** A heading or title-classed block that reads as a headline: short, no sentence end, no day, not a link. */
function headlineLike(el: El): boolean {
  if (!/^H[1-3]$/.test(el.tagName) && !/title|tit\b|bt|headline|biaoti/.test(idClass(el))) return false;
  const t = textOf(el);
  return t.length >= 6 && t.length <= 80 && !/[。！？]$/.test(t) && !findDate(t) && !el.closest('a') && !inBanner(el);
}

const nextWithText = (el: El | null): El | null => {
  let sib = el?.nextElementSibling ?? null;
  while (sib && !textOf(sib)) sib = sib.nextElementSibling;
  return sib;
};

const prevWithText = (el: El): El | null => {
  let sib = el.previousElementSibling;
  while (sib && !textOf(sib)) sib = sib.previousElementSibling;
  return sib;
};

/** Paragraphs of sentences (two or more ending in `。`): an article's text, not a list of links. */
function isText(el: El | null): boolean {
  if (!el) return false;
  const paras = [...el.querySelectorAll('p')].filter((p) => /[。！？]$/.test(textOf(p)) && !p.closest('a'));
  return paras.length >= 2 && paras.reduce((n, p) => n + textOf(p).length, 0) >= 60;
}

/** `<div class="fbsj">发布时间：… 来源：…</div><div class="bt">标题</div><div class="nr">…`: the headline is
 * the block under the info line, with the text under it. */
export function headingUnderInfoLine(doc: Doc): El | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    if (!headlineLike(el)) continue;
    const prev = prevWithText(el);
    if (prev && isInfoLine(textOf(prev)) && isText(nextWithText(el))) return el;
  }
  return null;
}

/** `<h2 class="article-title">标题</h2><div class="article-content"><p>…。</p><p>…。</p>`: the one heading
 * set straight over the text. */
export function headingOverText(doc: Doc): El | null {
  const found = [...walk(doc.body ?? doc.documentElement)].filter((el) => headlineLike(el) && isText(nextWithText(el)));
  return found.length === 1 ? found[0]! : null;
}

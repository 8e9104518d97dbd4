// The article body of a page. Readability (Mozilla's reader view) runs first; a text-density scorer
// runs beside it and wins when Readability finds nothing or much less than the densest prose block
// (short government notices, table layouts). Around both: pagers and the headline are removed
// before, link lists and chrome lines after, and every removal is reported.
import { removeAbstractLists } from './html-teasers.js';
import { introducedList, removeTitleLists } from './html-title-lists.js';
import { Readability } from '@mozilla/readability';
import { idClass, linkDensity, parseDocument, textLines, textOf, type Doc, type El } from './html-dom.js';
import { dateOnlyLine } from '../dates.js';
import { chromeReason, LOCATION, RELATED_HEADING, RELEASE_DATE, simplifiedHan } from './page-chrome.js';

export interface Removed {
  reason: string;
  text: string;
}

export interface BodyResult {
  lines: string[];
  removed: Removed[];
  extractor: 'readability' | 'density';
}

const PROSE = /[，。；！？、]/;
const PAGER = /下一页|上一页|尾页|第\s*\d+\s*页|共\s*\d+\s*页/;

/** Removes pagers (第1页 下一页 …) wherever they sit, including inside the article. */
export function removePagers(doc: Doc, removed: Removed[]): void {
  for (const el of [...doc.querySelectorAll('div,p,td,table,center,span,ul')]) {
    if (!el.isConnected) continue;
    const t = textOf(el);
    if (t.length <= 80 && PAGER.test(t) && !PROSE.test(t.replace(/[、]/g, ''))) {
      removed.push({ reason: '分页导航', text: t });
      el.remove();
    }
  }
}

/** A portal's "back to the home page" link set inside the article's last paragraph (搜狐's
 * `返回搜狐，查看更多`): line rules cannot take it off the paragraph's end, so the link goes here. */
const PORTAL_LINK = /^(?:返回|回到)[\u4e00-\u9fff]{1,8}[，,]?\s*查看更多$/;

export function removePortalLinks(doc: Doc, removed: Removed[]): void {
  for (const a of [...doc.querySelectorAll('a')]) {
    const t = textOf(a);
    if (!PORTAL_LINK.test(t)) continue;
    removed.push({ reason: '门户链接', text: t });
    a.remove();
  }
}

/** A news site's next story loaded under the one read (`<div>下一篇</div><div class="article next"><h2>…`): a
 * bare `下一篇`/`继续阅读` marker followed by a block with its own heading; both go, with what follows. */
const NEXT_MARK = /^(?:阅读)?(?:下一篇|下一条|下一则)(?:文章)?$|^继续阅读(?:下一篇)?$/;

export function removeNextArticles(doc: Doc, removed: Removed[]): void {
  for (const el of [...doc.querySelectorAll('div,p,span,h2,h3,h4')]) {
    const next = el.nextElementSibling;
    if (!el.isConnected || !next || !NEXT_MARK.test(textOf(el)) || !next.querySelector('h1,h2,h3,h4')) continue;
    const gone = [el];
    for (let sib: El | null = next; sib; sib = sib.nextElementSibling) gone.push(sib);
    removed.push({ reason: '下一篇', text: gone.map(textOf).join(' ').slice(0, 120) });
    for (const g of gone) g.remove();
  }
}

interface Score {
  prose: number;
  links: number;
}

/** Text-density candidate: prose characters outside links minus link text, summed bottom-up. */
export function densestElement(root: El): El | null {
  const scores = new Map<El, Score>();
  // Post-order without recursion: push (el, visited) pairs.
  const stack: [El, boolean][] = [[root, false]];
  while (stack.length) {
    const [el, done] = stack.pop()!;
    if (!done) {
      stack.push([el, true]);
      for (const c of el.children) stack.push([c, false]);
      continue;
    }
    const s: Score = { prose: 0, links: 0 };
    const inLink = el.tagName === 'A';
    for (const n of el.childNodes) {
      if (n.nodeType === 3) {
        const t = (n.nodeValue ?? '').trim();
        if (inLink) s.links += t.length;
        else if (t.length >= 20 || PROSE.test(t)) s.prose += t.length;
      } else if (n.nodeType === 1) {
        const c = scores.get(n as El);
        if (!c) continue;
        if (inLink) s.links += c.prose + c.links;
        else {
          s.prose += c.prose;
          s.links += c.links;
        }
      }
    }
    scores.set(el, s);
  }
  const value = (el: El) => {
    const s = scores.get(el)!;
    const penalty = /comment|related|recommend|footer|share|sidebar|nav|breadcrumb/.test(idClass(el)) ? 0.3 : 1;
    return (s.prose - 1.5 * s.links) * penalty;
  };
  let best: El | null = null;
  let bestValue = 0;
  for (const el of scores.keys()) {
    const v = value(el);
    if (v > bestValue) [best, bestValue] = [el, v];
  }
  // Go down while one child holds nearly all of it: the tightest container of the article.
  while (best) {
    const total = scores.get(best)!.prose;
    const child = [...best.children].find((c) => (scores.get(c)?.prose ?? 0) >= 0.9 * total);
    if (!child) break;
    best = child;
  }
  return best;
}

/** Still inside `root` after earlier removals (Readability's result is a detached tree, where
 * `isConnected` is always false). */
function within(el: El, root: El): boolean {
  let n: El | null = el;
  while (n && n !== root) n = n.parentElement;
  return n === root;
}

const ENDS_WITH_DATE =
  /(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|(?<![\d.])\d{1,2}[-/]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A list of teasers that each end with their date (`【深度】越南拒用中国5G…大参考 2019-09-08`), where
 * the titles are not links (so the link share stays low): two or more such items and little else. */
function datedTeasers(el: El, text: string): boolean {
  let n = 0;
  let len = 0;
  for (const c of el.children) {
    const t = textOf(c);
    if (t.length > 100 || /[。！]/.test(t) || !ENDS_WITH_DATE.test(t)) continue;
    n++;
    len += t.length;
  }
  return n >= 2 && len >= 0.7 * text.length;
}

/** Drops link lists (related news, navigation) and breadcrumbs (`您所在的位置：首页 > 快讯`, whose
 * label and `>` keep the link share low) inside the chosen article. */
function removeLinkLists(root: El, removed: Removed[]): void {
  for (const el of [...root.querySelectorAll('ul,ol,dl,table,div,p,section,h1,h2,h3,h4,h5,h6')]) {
    // (A table of documents the text introduces is the text's: `决定废止以下3件规范性文件`.)
    if (!within(el, root) || el.querySelectorAll('a').length < 2 || introducedList(el)) continue;
    const t = textOf(el);
    if (linkDensity(el) > 0.5 || (t.length <= 100 && LOCATION.test(simplifiedHan(t))) || datedTeasers(el, t)) {
      removed.push({ reason: '链接列表', text: textOf(el).slice(0, 120) });
      el.remove();
    }
  }
}

/** A related-news heading (推荐阅读, 相关新闻 …) ends the article: it and what follows it in its
 * block go. A heading alone in its wrapper (`<div class="tit"><h2>相关新闻</h2></div><ul>…`)
 * takes the wrapper's following siblings instead. */
function removeRelatedSections(root: El, removed: Removed[]): void {
  for (const el of [...root.querySelectorAll('h1,h2,h3,h4,h5,h6,div,p,span,strong,b,dt,td')]) {
    if (
      !within(el, root) ||
      el.children.length > 2 ||
      !RELATED_HEADING.test(simplifiedHan(textOf(el).replace(/\s+/g, '')))
    )
      continue;
    let from = el;
    for (let up = 0; up < 2 && headerRowEnd(from) && from.parentElement && from.parentElement !== root; up++)
      from = from.parentElement;
    const gone = [from];
    for (let sib = from.nextElementSibling; sib; sib = sib.nextElementSibling) gone.push(sib);
    removed.push({ reason: '相关文章', text: gone.map(textOf).join(' ').slice(0, 120) });
    for (const g of gone) g.remove();
  }
}

/** Nothing but a count or a `更多` link follows the heading in its row (`<div class="hd"><h3>网友评论</h3>
 * <span>已有3条评论</span></div>`): the block it heads is the row's parent's. */
function headerRowEnd(el: El): boolean {
  let rest = '';
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) rest += textOf(sib);
  return rest.replace(/\s+/g, '').length <= 12 && !/[，。！？]/.test(rest);
}

function runReadability(html: string): El | null {
  const doc = parseDocument(html);
  try {
    // Readability is typed against the browser's DOM; linkedom's document is the same shape.
    const art = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 80,
      serializer: (node) => node,
      keepClasses: true,
    }).parse();
    return (art?.content as unknown as El | undefined) ?? null;
  } catch {
    return null;
  }
}

function proseLength(lines: string[]): number {
  return lines.filter((l) => PROSE.test(l)).reduce((n, l) => n + l.length, 0);
}

/** The headline set in two to four lines at the top of a document (中国政府网 prints a long
 * title as `国务院关于在……先行区` / `暂时调整实施……` / `……的决定`): those lines, as indexes. */
function splitHeadline(lines: string[], skip: Set<string>): Set<number> {
  const key = (l: string) => l.replace(/\s+/g, '');
  for (let i = 0; i < Math.min(lines.length, 6); i++)
    for (let k = 2; k <= 4 && i + k <= lines.length; k++) {
      const joined = lines
        .slice(i, i + k)
        .map(key)
        .join('');
      if (skip.has(joined)) return new Set(Array.from({ length: k }, (_, j) => i + j));
    }
  return new Set();
}

/** Chrome lines and the headline itself are dropped from the extracted lines. */
function filterLines(all: string[], skip: Set<string>, removed: Removed[]): string[] {
  const split = splitHeadline(all, skip);
  const lines = all.filter((_, i) => !split.has(i));
  const out: string[] = [];
  let editorAt = -1;
  for (const line of lines) {
    const key = line.replace(/\s+/g, '');
    if (skip.has(key)) continue;
    const reason = chromeReason(line);
    if (reason) removed.push({ reason, text: line });
    else out.push(line);
    if (/^[【[(（]?\s*(?:责任编辑|责编)/.test(simplifiedHan(line))) editorAt = out.length;
  }
  // A release's closing lines: its date with the weekday (the 完 mark and time are rules above).
  while (out.length > 1 && RELEASE_DATE.test(out[out.length - 1]!.trim()))
    removed.push({ reason: '发稿时间', text: out.pop()! });
  // The 责任编辑 line closes the article: a few lines after it in the same block are a teaser or
  // recommendation the CMS put there, not text (a long run after it means it was not the end).
  const tail = out.length - editorAt;
  if (editorAt >= 0.5 * out.length && tail > 0 && tail <= 6)
    for (const line of out.splice(editorAt)) removed.push({ reason: '正文后推荐', text: line });
  return out;
}

/** Readability may drop a 落款's lone day closing the text (`<p>2026年3月6日</p>` under the organ's name), the
 * date a notice is signed on: when the densest block has it right after Readability's last line, it stays. */
function keepClosingDay(readLines: string[], denseLines: string[]): void {
  const at = denseLines.lastIndexOf(readLines[readLines.length - 1]!);
  const next = at >= 0 ? denseLines[at + 1] : undefined;
  if (next && dateOnlyLine(next) && !readLines.includes(next)) readLines.push(next);
}

export function extractBody(doc: Doc, headline: string[]): BodyResult {
  const removed: Removed[] = [];
  removePagers(doc, removed);
  removePortalLinks(doc, removed);
  removeNextArticles(doc, removed);
  removeAbstractLists(doc, removed);
  removeTitleLists(doc, removed);
  const skip = new Set(headline.map((h) => h.replace(/\s+/g, '')));
  const html = doc.documentElement.outerHTML;
  const dense = densestElement(doc.body ?? doc.documentElement);
  const readable = runReadability(html);
  const linesOf = (el: El | null) => {
    if (!el) return [];
    removeRelatedSections(el, removed);
    removeLinkLists(el, removed);
    return textLines(el);
  };
  const denseRemoved: Removed[] = [];
  const denseLines = dense ? filterLines(linesOf(dense), skip, denseRemoved) : [];
  const readRemoved: Removed[] = [];
  const readLines = filterLines(linesOf(readable), skip, readRemoved);
  // Readability wins unless it missed most of the prose the density scorer found.
  if (readLines.length && proseLength(readLines) >= 0.7 * proseLength(denseLines)) {
    keepClosingDay(readLines, denseLines);
    return { lines: readLines, removed: [...removed, ...readRemoved], extractor: 'readability' };
  }
  return { lines: denseLines, removed: [...removed, ...denseRemoved], extractor: 'density' };
}

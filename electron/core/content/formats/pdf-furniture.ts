// What a PDF page carries besides its text, found by position and type size: page numbers, running
// heads and feet (a unit's name, `内部资料　注意保存`, a browser's date, address and `1/3`), footnotes
// in small type under the last line of the text, and a 目录 page.
import { contentsGroup } from '../contents-split.js';
import { PERIODICAL_EDGE } from './page-chrome.js';
import { PAGE_NUMBER_MARKED } from './pdf-pages.js';
import type { PdfLine } from './pdf-items.js';

type Removed = { reason: string; text: string }[];

/** Heads and feet sit in the outer seventh of the page. */
const EDGE = 0.15;
const BARE_NUMBER = /^(?:\d{1,4}|\d{1,4}\s*[/／]\s*\d{1,4}|[-－—–]?\s*\d{1,4}\s*[-－—–]?|[（(]\s*\d{1,4}\s*[)）])$/;
const FOOTNOTE_START = /^(?:[①-⑳]|\[\d{1,3}\]|〔\d{1,3}〕|注[:：]|\d{1,2}[.．、\s])/;
const TOC_HEAD = /^目[\s\u3000]*录$/;
const TOC_ENTRY = /^.{2,80}?(?:\t|[.．…·]{3,}|\s{2,})\s*\d{1,4}$/;

/** What a browser prints at the head and foot of a page: the date and time (then the tab's title),
 * the address (then `1/3`). Furniture even on a one-page print. */
export const BROWSER_EDGE =
  /^(?:\d{1,4}[/-]\d{1,2}[/-]\d{1,4},?\s+(?:上午|下午|[AP]M\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\t|$)|(?:https?|file):\/\/\S+(?:[\t \u3000]+\d{1,4}\s*\/\s*\d{1,4})?$)/i;

/** A running line's key: it differs from page to page only in its numbers (`党务知识题库　第 3 页`). */
export const runningKey = (l: { text: string }) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * Drops lines that recur at the same height in the head or foot band of two or more pages, and
 * page numbers at a page's top or bottom. Returns the pages without them.
 */
export function dropRunning(pages: PdfLine[][], heights: number[], removed: Removed): PdfLine[][] {
  const edge = (l: PdfLine) => {
    const h = heights[l.page] ?? 842;
    return l.y > h * (1 - EDGE) ? 'top' : l.y < h * EDGE ? 'bottom' : null;
  };
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  for (const lines of pages)
    for (const l of lines) {
      if (!edge(l)) continue;
      const k = runningKey(l);
      const s = seen.get(k) ?? { pages: new Set(), ys: [] };
      s.pages.add(l.page);
      s.ys.push(l.y);
      seen.set(k, s);
    }
  const recurs = (l: PdfLine) => {
    const s = seen.get(runningKey(l));
    return s !== undefined && s.pages.size >= 2 && s.ys.filter((y) => Math.abs(y - l.y) < 3).length >= 2;
  };
  const titleHead = titleRepeated(pages);
  const logged = new Set<string>();
  return pages.map((lines) => {
    const top = lines.reduce((a, b) => (b.y > a ? b.y : a), -Infinity);
    const bottom = lines.reduce((a, b) => (b.y < a ? b.y : a), Infinity);
    // Lines in the foot band that the text layer gives before the page's text (an export writing its footer
    // first): the page's foot, even on a one-page file. (Text never runs up from the foot to the head.)
    const lead = lines.findIndex((l) => edge(l) !== 'bottom');
    return lines.filter((l, i) => {
      const where = edge(l);
      if (!where) return true;
      const outermost = l.y === top || l.y === bottom;
      // A page that is only a number keeps it (a year on a divider page).
      const number =
        lines.length > 1 && (PAGE_NUMBER_MARKED.test(l.text.trim()) || (outermost && BARE_NUMBER.test(l.text.trim())));
      const head = where === 'top' && l.y === top && (titleHead.later(l) || titleHead.first(l, lines));
      const edgeLine = BROWSER_EDGE.test(l.text.trim()) || (where === 'top' && PERIODICAL_EDGE.test(l.text.trim()));
      if (!number && !head && !recurs(l) && !edgeLine && i >= lead) return true;
      const reason = number ? '页码' : where === 'top' ? '页眉' : '页脚';
      if (!logged.has(runningKey(l))) removed.push({ reason, text: l.text });
      logged.add(runningKey(l));
      return false;
    });
  });
}

const squeeze = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** A running head printed from page 2 on, so a two-page file shows it once: the top line of a page
 * after the first, in smaller type than the text, that is either words the first page prints (the
 * title, maybe over two lines) or a short name (the unit, a short title: no digits, no gaps, as a
 * table's row carried over would have). */
function titleRepeated(pages: PdfLine[][]): {
  later: (l: PdfLine) => boolean;
  first: (l: PdfLine, lines: PdfLine[]) => boolean;
} {
  const sizes = new Map<number, number>();
  for (const l of pages.flat()) sizes.set(l.size, (sizes.get(l.size) ?? 0) + l.text.length);
  const body = [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0])[0];
  const firstText = squeeze((pages[0] ?? []).map((l) => l.text).join(''));
  /** Word prints the header on the first page too: there the top line, in type well under the text's, more
   * than three times its size over the next line (the title or the text, in larger type), is the head (`某某会议材料`,
   * `某某同志在……上的讲话`), even when the file has one page. */
  const first = (l: PdfLine, lines: PdfLine[]) => {
    const t = squeeze(l.text);
    const next = lines.filter((x) => x.y < l.y).reduce<PdfLine | null>((a, b) => (a && a.y > b.y ? a : b), null);
    if (l.page !== 0 || !next || l.size >= body * 0.8 || next.size <= l.size) return false;
    return l.y - next.y > l.size * 3 && t.length <= 40 && !/[。！？；，、：]$/.test(t);
  };
  const later = (l: PdfLine) => {
    const t = squeeze(l.text);
    if (l.page === 0 || l.size >= body * 0.85 || /[。！？；，、：]$/.test(t)) return false;
    if (t.length >= 6 && firstText.includes(t)) return true;
    return t.length >= 4 && t.length <= 24 && !/[\d\s（）()]/.test(l.text.trim()) && !/[，。！？；]/.test(t);
  };
  return { later, first };
}

/**
 * Footnotes: the lines under the page's text, opening with a mark, either in smaller type under
 * its last line of body type, or after a gap when the mark is one raised in the page's text.
 */
export function dropFootnotes(pages: PdfLine[][], body: number, removed: Removed): PdfLine[][] {
  return pages.map((lines) => {
    let last = -1;
    lines.forEach((l, i) => {
      if (l.size >= body * 0.9) last = i;
    });
    let cut = -1;
    const tail = lines.slice(last + 1);
    if (tail.length && FOOTNOTE_START.test(tail[0]!.text) && tail.every((l) => l.size < body * 0.9)) cut = last + 1;
    const raised = lines.flatMap((l) => l.marks ?? []);
    for (let i = 1; cut < 0 && i < lines.length; i++) {
      const t = lines[i]!.text;
      // (`1月5日，…` opens a paragraph with a number, not a note mark.)
      const marked = raised.some(
        (m) => t.startsWith(m) && !/^[0-9a-z年月日号时点个万亿%．.、]/i.test(t.slice(m.length)),
      );
      if (marked && lines[i - 1]!.y - lines[i]!.y > lines[i]!.size * 2.5) cut = i;
    }
    if (cut < 0) return lines;
    // A floating text box is drawn after the page's notes: a line of it above the notes is no note, and
    // one above the page's first line (a title set in a box) goes back to the page's head.
    const notes = lines.slice(cut).filter((l) => l.y <= lines[cut]!.y + l.size);
    const boxed = lines.slice(cut).filter((l) => !notes.includes(l));
    for (const l of notes) removed.push({ reason: '脚注', text: l.text });
    const top = lines[0]!.y;
    return [...boxed.filter((l) => l.y > top), ...lines.slice(0, cut), ...boxed.filter((l) => l.y <= top)];
  });
}

/** A 目录: its head (near a page's top) and the entries (text, leaders or a gap, page number) under it. */
export function dropToc(pages: PdfLine[][], removed: Removed): PdfLine[][] {
  // An entry whose page number met its text with no gap the reader saw (a typed tab to a near stop:
  // `……的通知6`) is one still when its text without the number comes back as a title further on.
  // (A title in large type may wrap: two lines joined are one too.)
  const later = new Map<string, number>();
  const all = pages.flat().map((l) => l.text.replace(/\s+/g, ''));
  all.forEach((t, i) => later.set(t, i).set(t + (all[i + 1] ?? ''), i));
  let seen = 0;
  const entry = (l: PdfLine, at: number): string | null => {
    const t = l.text.trim();
    if (TOC_ENTRY.test(t)) return t;
    const m = /^(.{4,80}?\D)(\d{1,4})$/.exec(t);
    return m && (later.get(m[1]!.replace(/\s+/g, '')) ?? -1) > at ? `${m[1]}\t${m[2]}` : null;
  };
  return pages.map((lines) => {
    const base = seen;
    seen += lines.length;
    // The head may sit under the report's title on the same page.
    const at = lines.slice(0, 6).findIndex((l) => TOC_HEAD.test(l.text.trim()));
    if (at < 0) return lines;
    const entries: string[] = [];
    let end = at + 1;
    for (; end < lines.length; end++) {
      const e = entry(lines[end]!, base + end);
      // A group head over its entries (`一、领导讲话`) is the 目录's too, but no entry.
      const group =
        !e && contentsGroup(lines[end]!.text) && !!lines[end + 1] && !!entry(lines[end + 1]!, base + end + 1);
      if (e) entries.push(e);
      else if (group) removed.push({ reason: '目录分组', text: lines[end]!.text });
      else break;
    }
    if (end === at + 1) return lines;
    removed.push({ reason: '目录', text: lines[at]!.text }, ...entries.map((text) => ({ reason: '目录', text })));
    return [...lines.slice(0, at), ...lines.slice(end)];
  });
}

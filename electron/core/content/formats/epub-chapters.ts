// An EPUB's chapters where they are not its pages: a converter that wrote the whole book as one long
// XHTML, or cut its pages by size in the middle of a chapter (Calibre's `index_split_001.html`). The
// table of contents (the EPUB 3 nav page or the EPUB 2 toc.ncx) says where each chapter starts (a page,
// and an anchor in it); a chapter runs from there to the next one's start, across pages. Only the top
// level is read (sections nested under a chapter stay in it); a book whose toc has one entry wrapping
// the rest reads the entries under it, and a part's entries are chapters: a part named as one
// (`第一部分`), or an entry holding no text of its own (its heading, a title page) over entries that are no
// numbered sections (`一、经济发展` over speeches; `（一）` under a speech stays in it). linkedom reads the
// toc and cuts each page at its body's blocks.
import { parseHTML } from 'linkedom';
import { findDate } from '../dates.js';
import type { El } from './dom-types.js';

type Files = Record<string, Uint8Array>;
type Resolve = (base: string, href: string) => string;

interface Entry {
  label: string;
  page: string;
  anchor: string | null;
  /** The entries nested under it, read as chapters when it is a part. */
  pieces?: Entry[];
  /** A part's own entry: its heading and title page are no chapter when that is all it holds. */
  part?: boolean;
}

/** One chapter's blocks, gathered from the pages it spans, under its toc label. */
export interface Chapter {
  label: string;
  html: string;
}

/** A part of a book (`第一部分`, `第二编`, `上篇`), whose entries are the pieces. */
const PART = /^(?:第[一二三四五六七八九十\d]+(?:部分|编|辑|篇|单元)|[上中下]篇)(?:[\s\u3000：:]|$)/;
/** A chapter's numbered section (`一、`, `（一）`, `1.`, `第一节`): it stays in its chapter. */
const SECTION = /^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]|第[一二三四五六七八九十\d]+节)/;
/** The most a part's own text holds (its heading, a line saying what it collects). */
const PART_TEXT = 60;
/** A piece's own title (`在……上的讲话`) or a speech's address to its hearers: a speech over its sections, no part. */
const PIECE = /(?:讲话|致辞|发言|讲稿|党课|报告)$/;
const ADDRESS = /(?:^|\s)(?:同志们|各位代表|各位委员)[：:，,]/;

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const kids = (el: El, tag: string) => [...el.children].filter((c) => c.tagName.toLowerCase() === tag);

/** Top-level entries of the toc, each `[label, href relative to the toc file, children]`. */
type Raw = [string, string, Raw[]];

function navEntries(xhtml: string): Raw[] {
  const { document } = parseHTML(xhtml);
  const navs = [...document.querySelectorAll('nav')] as unknown as El[];
  const nav = navs.find((n) => /\btoc\b/.test(n.getAttribute('epub:type') ?? '')) ?? navs[0];
  const list = (ol: El | undefined): Raw[] =>
    ol
      ? kids(ol, 'li').map((li) => {
          const a = kids(li, 'a')[0] ?? kids(li, 'span')[0];
          return [text(a?.textContent), a?.getAttribute('href') ?? '', list(kids(li, 'ol')[0])];
        })
      : [];
  return list(nav ? kids(nav, 'ol')[0] : undefined);
}

function ncxEntries(xml: string): Raw[] {
  // (Read as HTML, a self-closed `<content src="…"/>` would hold the nested navPoints after it: closed here.)
  const { document } = parseHTML(xml.replace(/<\?xml[^>]*>/, '').replace(/<([\w:]+)(\s[^<>]*?)?\/>/g, '<$1$2></$1>'));
  const points = (el: El | null | undefined): Raw[] =>
    el
      ? kids(el, 'navpoint').map((p) => [
          text(kids(kids(p, 'navlabel')[0]!, 'text')[0]?.textContent ?? ''),
          kids(p, 'content')[0]?.getAttribute('src') ?? '',
          points(p),
        ])
      : [];
  return points(document.querySelector('navMap, navmap') as unknown as El | null);
}

/** The toc's chapter entries, their targets resolved against the package. */
export function tocEntries(files: Files, tocPath: string | null, nav: boolean, resolve: Resolve): Entry[] {
  const bytes = tocPath ? files[tocPath] : undefined;
  if (!tocPath || !bytes) return [];
  const xml = new TextDecoder().decode(bytes);
  let raw = nav ? navEntries(xml) : ncxEntries(xml);
  // (One entry wrapping the rest, the book's own name: the chapters are under it.)
  while (raw.length === 1 && raw[0]![2].length > 1) raw = raw[0]![2];
  const entry = ([label, href]: Raw): Entry => ({
    label,
    page: resolve(dirOf(tocPath), href),
    anchor: href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : null,
  });
  const named = (e: Raw) => !!(e[0] && e[1]);
  // (A 选编's parts, `第一部分　经济建设`, hold its pieces: each piece under a part is a chapter.)
  return raw.filter(named).flatMap((e) => {
    const pieces = e[2].filter(named).map(entry);
    if (PART.test(e[0])) return [{ ...entry(e), part: true }, ...pieces];
    return [{ ...entry(e), ...(pieces.length && !pieces.some((p) => SECTION.test(p.label)) ? { pieces } : {}) }];
  });
}

/** The body's blocks: its children, under any wrapper that holds all of them (`<div class="main">`, not a
 * page's one paragraph). */
function blocks(xhtml: string): El[] {
  const { document } = parseHTML(xhtml);
  let box = document.body as unknown as El | null;
  const wrapper = (el: El | undefined) => !!el && /^(?:DIV|SECTION|ARTICLE|MAIN)$/i.test(el.tagName);
  while (
    box &&
    box.children.length === 1 &&
    wrapper(box.children[0]) &&
    !text([...box.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : '')).join(''))
  )
    box = box.children[0]!;
  return box ? ([...box.children] as El[]) : [];
}

/** The block an anchor stands in (the anchor itself or the block holding it), or 0 when not found. */
function blockOf(list: El[], anchor: string | null): number {
  if (!anchor) return 0;
  const at = list.findIndex(
    (b) => b.getAttribute('id') === anchor || b.querySelector(`[id="${anchor.replace(/"/g, '')}"]`),
  );
  return Math.max(at, 0);
}

const bare = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000]+/g, '');
/** Where an entry starts: at its anchor, or at the block just before it when that block prints the entry's own
 * label (a part's heading set just before the first speech its entry points at). */
function startOf(list: El[], e: Entry): number {
  const at = blockOf(list, e.anchor);
  return at > 0 && bare(list[at - 1]!.textContent) === bare(e.label) ? at - 1 : at;
}

/** The text an entry holds before its first piece (on its own page). */
function ownText(e: Entry, first: Entry, read: (page: string) => string | null): string {
  const xhtml = read(e.page);
  const list = xhtml === null ? [] : blocks(xhtml);
  const end = first.page === e.page ? blockOf(list, first.anchor) : list.length;
  return text(
    list
      .slice(blockOf(list, e.anchor), end)
      .map((b) => b.textContent)
      .join(' '),
  );
}

/** An entry over pieces is a part when it holds no text of its own beyond a heading or a short line, and no day
 * (a speech's heading and day over its sections is a chapter); titled as a piece, only over pieces. */
function withParts(entries: Entry[], read: (page: string) => string | null): Entry[] {
  return entries.flatMap((e) => {
    if (!e.pieces) return [e];
    const own = ownText(e, e.pieces[0]!, read);
    // (`重要讲话`, `历年政府工作报告` over entries each titled as a piece: a part, named for what it collects.)
    const collects = e.pieces.every((p) => PIECE.test(p.label));
    const piece = (PIECE.test(e.label) && !collects) || ADDRESS.test(own);
    return own.length <= PART_TEXT && !findDate(own) && !piece ? [{ ...e, part: true }, ...e.pieces] : [e];
  });
}

/**
 * The chapters as the toc cuts the pages, or null when each chapter is a page of its own (read as a
 * page then) or the toc names none. `before`: the pages before the first chapter (cover, 版权信息).
 */
export function tocChapters(
  pages: string[],
  entries: Entry[],
  read: (page: string) => string | null,
): { before: string[]; chapters: Chapter[] } | null {
  entries = withParts(entries, read);
  const first = pages.findIndex((p) => entries.some((e) => e.page === p));
  if (first < 0) return null;
  const chapters: { label: string; parts: string[]; pages: Set<string>; whole: boolean; part?: boolean }[] = [];
  for (const page of pages.slice(first)) {
    const xhtml = read(page);
    if (xhtml === null) return null;
    const list = blocks(xhtml);
    const cuts = entries
      .filter((e) => e.page === page)
      .map((e) => ({ label: e.label, at: startOf(list, e), part: e.part }))
      .sort((a, b) => a.at - b.at);
    // Blocks before the page's first chapter start run on the chapter before (a page cut mid-chapter).
    const head = list.slice(0, cuts[0]?.at ?? list.length);
    if (head.length && chapters.length) {
      const last = chapters.at(-1)!;
      last.parts.push(...head.map((b) => b.outerHTML));
      last.pages.add(page);
    }
    cuts.forEach((c, i) => {
      const part = list.slice(c.at, cuts[i + 1]?.at ?? list.length);
      const whole = c.at === 0 && part.length === list.length;
      chapters.push({
        label: c.label,
        parts: part.map((b) => b.outerHTML),
        pages: new Set([page]),
        whole,
        part: c.part,
      });
    });
  }
  // (A part's heading or title page alone is no chapter.)
  const kept = chapters.filter((c) => !c.part || text(c.parts.join(' ').replace(/<[^>]*>/g, '')).length > PART_TEXT);
  if (kept.length === chapters.length && chapters.every((c) => c.whole && c.pages.size === 1)) return null;
  return {
    before: pages.slice(0, first),
    chapters: kept.map((c) => ({ label: c.label, html: c.parts.join('') })),
  };
}

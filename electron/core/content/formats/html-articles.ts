// A page that prints several whole articles (a 每日要闻 or 一周要闻 page, a 专题 page, a 数字报 版面 with
// its articles in full, a 学习资料汇编 page): each article's heading, with the day, source or byline
// printed under it (or the source line closing it). One document per article is what a reader of
// such a page expects, as a Word 汇编 is split into its pieces (contents-split.ts).
// Only when it is certain: every article has its own info line, or the page names itself a
// collection and no text stands before the first article (a lone article's subheads follow its lead).
import { findDate } from '../dates.js';
import { bodyKey } from '../dedupe.js';
import { PIECE_SOURCE_LINE } from '../contents-split.js';
import { NUMBERED } from '../outline.js';
import { CHRONICLE_TITLE } from '../title-patterns.js';
import { textOf, walk, type Doc, type El } from './html-dom.js';
import { isInfoLine } from './html-info-line.js';
import { chromeReason } from './page-chrome.js';
import type { RawSource } from './types.js';
import { cleanSource, SOURCE_LINE } from './html-source.js';

export interface PagePiece {
  title: string;
  /** The day printed under the heading, if any. */
  date: string | null;
  /** The source its own line names (under the heading or closing the text), if any. */
  source: string | null;
  /** Its first sentence, to find the piece in the extracted text. */
  lead: string;
  /** The heading as printed (`1.标题` in a numbered digest), to find it in the extracted text. */
  line: string;
  /** The 引题 set over its heading, if any. */
  kicker: string | null;
}

/** `每日要闻`, `要闻汇总`, `一周要闻回顾`, `某某专题`, `资料汇编`, a 数字报 `第01版：要闻`. */
// The word closes the page's name, before only its day or issue (`每日要闻（3月13日）`, `今日要闻 2026年3月11日`,
// `一周要闻回顾（…）`): a headline that merely holds it (`《某某制度汇编》印发`, `…召开专题学习会`) is one article's.
const COLLECTION =
  /(?:要闻|汇总|汇编|专题|速览|集锦|合集|摘编)(?:回顾|精选|一览)?\s*(?:[（(][^（）()]*[)）]|[\d年月日第期号—－\-～~至\s]*)$/;
const EDITION = /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版/;

/** Whether the page names itself a collection: its own headline (the `<title>`'s first part, or the h1), not
 * the column a lone article sits in (`标题_桐溪要闻_某某县人民政府`); or a 数字报's edition. */
const pageHead = (title: string) => title.split(/\s*(?:[_|｜]|\s-\s|-(?=[^\d]))\s*/)[0] ?? '';
function namesCollection(title: string, h1: string): boolean {
  return COLLECTION.test(pageHead(title)) || COLLECTION.test(pageHead(h1)) || EDITION.test(title);
}
const BLOCK = /^(?:P|DIV|H[1-6]|LI|TD|SECTION|ARTICLE|DD|DT|BLOCKQUOTE)$/;
const SENTENCE = /[。！？][”’」』）)]?$/;
const CLOSING_SOURCE = /^[（(]?(?:来源|來源|稿源|转自|选自|摘自)\s*[:：]\s*([^（）()]{2,30}?)[)）]?$/;

/** A digest's `1.标题`: numbered items of a collection, never a 一、 section of one text. */
const DIGIT_NUMBER = /^\d{1,2}[.．、]\s*(?=\S)/;

const isLeafBlock = (el: El) =>
  BLOCK.test(el.tagName) && ![...el.querySelectorAll('*')].some((c) => BLOCK.test(c.tagName));

/** A heading element (h2–h5, a title-classed block, a paragraph all in bold) reading as a headline. */
function headingText(el: El): string | null {
  const t = textOf(el).trim();
  if (t.length < 6 || t.length > 60 || /[。！？；;]/.test(t) || findDate(t)) return null;
  if (NUMBERED.test(t) && !DIGIT_NUMBER.test(t)) return null;
  if (el.closest('a, nav, footer, ul, ol')) return null;
  if (/^H[2-5]$/.test(el.tagName)) return t;
  const cls = `${el.getAttribute('class') ?? ''}`;
  if (/(?:^|[-_\s])(?:title|tit|bt)(?:$|[-_\s])/i.test(cls) && !/^H1$/.test(el.tagName)) return t;
  const bold = el.tagName === 'P' ? el.querySelector('strong, b') : null;
  return bold && textOf(bold).trim() === t ? t : null;
}

function ownSource(t: string): string | null {
  const m = PIECE_SOURCE_LINE.exec(t) ?? CLOSING_SOURCE.exec(t) ?? SOURCE_LINE.exec(t);
  return m ? cleanSource(m[1]) : null;
}

interface Draft extends PagePiece {
  info: boolean;
  prose: number;
  chars: number;
}

/** A short line set straight over a heading, after the text before it: that heading's 引题. */
const kickerOf = (el: El | null, t: string) =>
  !!el && t.length <= 30 && !SENTENCE.test(t) && !isInfoLine(t) && !ownSource(t) && !chromeReason(t);

/** The articles a page prints in full, or null when it is one text (or not certainly several). */
export function pagePieces(doc: Doc, page: { title: string; h1: string }): PagePiece[] | null {
  // A 大事记's entries, each under a heading with its own day, are one text, never articles.
  if (CHRONICLE_TITLE.test(pageHead(page.title)) || CHRONICLE_TITLE.test(page.h1)) return null;
  const drafts: Draft[] = [];
  let before = 0;
  let last: { el: El; text: string } | null = null;
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const head = headingText(el);
    if (head) {
      const prev = el.previousElementSibling;
      const kicker = last && prev === last.el && drafts.at(-1)?.prose && kickerOf(prev, last.text) ? last.text : null;
      const title = head.replace(DIGIT_NUMBER, '');
      drafts.push({ title, line: head, kicker, date: null, source: null, lead: '', info: false, prose: 0, chars: 0 });
      last = null;
      continue;
    }
    if (!isLeafBlock(el) || el.closest('a')) continue;
    const t = textOf(el).trim();
    if (!t) continue;
    last = { el, text: t };
    const cur = drafts.at(-1);
    const prose = SENTENCE.test(t) && t.length >= 8;
    if (!cur) {
      if (prose) before++;
      continue;
    }
    if (prose) {
      if (!cur.prose) cur.lead = t;
      cur.prose++;
      cur.chars += t.length;
      continue;
    }
    // Under the heading (before its text) an info line; after the text, a closing 来源 line.
    if (!cur.prose && (isInfoLine(t) || ownSource(t))) {
      cur.info = true;
      cur.date ??= findDate(t);
      cur.source ??= ownSource(t);
    } else if (cur.prose && ownSource(t) && t.length <= 40) {
      cur.info = true;
      cur.source ??= ownSource(t);
    }
  }
  // A heading with no text under it (the page's own heading, a box of links) is no article.
  // A page that names itself a collection, with no text before its first heading, may hold a one-paragraph
  // item however short (`某某高速公路3月15日正式开工。`: a digest's item, kept whole by pipeline.ts);
  // elsewhere an article has two or more sentences and 40 characters (a teaser under a heading has one).
  const collection = namesCollection(page.title, page.h1) && before === 0;
  const pieces = drafts.filter((d) => (collection ? d.prose >= 1 : d.prose >= 2 && d.chars >= 40));
  if (pieces.length < 2) return null;
  // Every heading with text under it must be an article's: else it is one text with its subheads.
  if (pieces.length !== drafts.filter((d) => d.prose > 0).length) return null;
  if (!pieces.every((p) => p.info) && !collection) return null;
  // Numbered heads are a digest's items only on a page that names itself one, and then all are numbered.
  const numbered = pieces.filter((p) => p.line !== p.title).length;
  if (numbered && (!collection || numbered !== pieces.length)) return null;
  return pieces.map(({ title, line, kicker, date, source, lead }) => ({ title, line, kicker, date, source, lead }));
}

/** The extracted lines cut at each article's heading (the heading line left out, its 引题 first), or null
 * when a heading or an article's first sentence is not found in order. `headline`: the heading the
 * page's title was taken from (taken out of the lines, with `top`, its 引题 and 副题, set apart), which
 * may be the first article's. */
export function piecesLines(
  lines: readonly string[],
  pieces: PagePiece[],
  headline: string | null,
  top: string[],
): string[][] | null {
  const key = (s: string) => bodyKey(s);
  const starts: number[] = [];
  let from = 0;
  for (const [k, p] of pieces.entries()) {
    let at = lines.findIndex((l, i) => i >= from && key(l) === key(p.line));
    // The first article's heading became the page's title: its text opens the lines.
    const first = k === 0 && !!headline && [p.line, p.title].some((t) => key(t) === key(headline));
    if (at < 0 && first) at = -1;
    else if (at < 0) return null;
    starts.push(at);
    from = at + 1;
  }
  // What the page set apart over its headline is another headline's when that is no article's.
  if (top.length && starts[0]! >= 0) return null;
  const out = pieces.map((p, k) => {
    let end = starts[k + 1] ?? lines.length;
    const next = pieces[k + 1]?.kicker;
    if (next && end > 0 && key(lines[end - 1]!) === key(next)) end--;
    const body = lines.slice(starts[k]! + 1, end).filter((l) => !ownSource(l.trim()) || l.length > 40);
    const head = k === 0 ? top : p.kicker ? [p.kicker] : [];
    return body.some((l) => key(l) === key(p.lead)) ? [...head, ...body] : null;
  });
  return out.every((x) => x) ? (out as string[][]) : null;
}

/** The paper a 版面 page's `<title>` names before its edition (`临江日报-第01版：要闻`). */
export function paperOf(pageTitle: string): string | null {
  return /^\s*([\u4e00-\u9fff]{2,10}报)\s*(?:[-_－—|｜]\s*)?第\s*[0-9０-９]{1,3}\s*版/.exec(pageTitle)?.[1] ?? null;
}

/** One raw source per article: its own day, else the page's; its own source, else (when no article
 * names one, a paper's 版面 or one office's page) the page's. */
export function pieceSources(
  name: string,
  pieces: PagePiece[],
  lines: string[][],
  page: { date: string | null; source: string | null; site: string | null },
  top: string[],
): RawSource[] {
  const own = pieces.some((p) => p.source);
  return pieces.map((p, k) => {
    const source = p.source ?? (own ? null : page.source);
    const date = p.date ?? page.date;
    return {
      text: lines[k]!.join('\n'),
      kind: 'blocks',
      headings: k === 0 ? top : p.kicker ? [p.kicker] : [],
      hints: {
        title: p.title,
        ...(date ? { pageDate: date } : {}),
        ...(source ? { source } : {}),
        ...(page.site ? { site: page.site } : {}),
      },
      origin: `${name}#${k + 1}`,
      pageItem: true,
    };
  });
}

/** The day a 版面 page's masthead strip prints beside the paper's name (`云溪日报　2026年03月13日　往期回顾`). */
export function editionDay(doc: Doc, paper: string): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    if (!isLeafBlock(el)) continue;
    const t = textOf(el).trim();
    if (t.length <= 40 && t.includes(paper) && !/[。！？]/.test(t) && findDate(t)) return findDate(t);
    if (headingText(el)) break;
  }
  return null;
}

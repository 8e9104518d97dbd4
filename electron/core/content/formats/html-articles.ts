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
import { textOf, walk, type Doc, type El } from './html-dom.js';
import { isInfoLine } from './html-info-line.js';
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
}

/** `每日要闻`, `要闻汇总`, `一周要闻回顾`, `某某专题`, `资料汇编`, a 数字报 `第01版：要闻`. */
const COLLECTION = /要闻|汇总|汇编|专题|速览|集锦|合集|摘编|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版/;
const BLOCK = /^(?:P|DIV|H[1-6]|LI|TD|SECTION|ARTICLE|DD|DT|BLOCKQUOTE)$/;
const SENTENCE = /[。！？][”’」』）)]?$/;
const CLOSING_SOURCE = /^[（(]?(?:来源|來源|稿源|转自|选自|摘自)\s*[:：]\s*([^（）()]{2,30}?)[)）]?$/;

const isLeafBlock = (el: El) =>
  BLOCK.test(el.tagName) && ![...el.querySelectorAll('*')].some((c) => BLOCK.test(c.tagName));

/** A heading element (h2–h5, a title-classed block, a paragraph all in bold) reading as a headline. */
function headingText(el: El): string | null {
  const t = textOf(el).trim();
  if (t.length < 6 || t.length > 60 || /[。！？；;]/.test(t) || findDate(t) || NUMBERED.test(t)) return null;
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
}

/** The articles a page prints in full, or null when it is one text (or not certainly several). */
export function pagePieces(doc: Doc, pageTitle: string): PagePiece[] | null {
  const drafts: Draft[] = [];
  let before = 0;
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const head = headingText(el);
    if (head) {
      drafts.push({ title: head, date: null, source: null, lead: '', info: false, prose: 0 });
      continue;
    }
    if (!isLeafBlock(el) || el.closest('a')) continue;
    const t = textOf(el).trim();
    if (!t) continue;
    const cur = drafts.at(-1);
    const prose = SENTENCE.test(t) && t.length >= 8;
    if (!cur) {
      if (prose) before++;
      continue;
    }
    if (prose) {
      if (!cur.prose) cur.lead = t;
      cur.prose++;
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
  const pieces = drafts.filter((d) => d.prose >= 2);
  if (pieces.length < 2) return null;
  // Every heading with text under it must be an article's: else it is one text with its subheads.
  if (pieces.length !== drafts.filter((d) => d.prose > 0).length) return null;
  const allInfo = pieces.every((p) => p.info);
  if (!allInfo && !(COLLECTION.test(pageTitle) && before === 0)) return null;
  return pieces.map(({ title, date, source, lead }) => ({ title, date, source, lead }));
}

/** The extracted lines cut at each article's heading (the heading line left out), or null when a
 * heading or an article's first sentence is not found in order. `headline`: the heading the page's
 * title was taken from (taken out of the lines), which may be the first article's. */
export function piecesLines(lines: readonly string[], pieces: PagePiece[], headline: string | null): string[][] | null {
  const key = (s: string) => bodyKey(s);
  const starts: number[] = [];
  let from = 0;
  for (const [k, p] of pieces.entries()) {
    let at = lines.findIndex((l, i) => i >= from && key(l) === key(p.title));
    // The first article's heading became the page's title: its text opens the lines.
    if (at < 0 && k === 0 && headline && key(headline) === key(p.title)) at = -1;
    else if (at < 0) return null;
    starts.push(at);
    from = at + 1;
  }
  const out = pieces.map((p, k) => {
    const piece = lines
      .slice(starts[k]! + 1, starts[k + 1] ?? lines.length)
      .filter((l) => !ownSource(l.trim()) || l.length > 40);
    return piece.some((l) => key(l) === key(p.lead)) ? piece : null;
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
): RawSource[] {
  const own = pieces.some((p) => p.source);
  return pieces.map((p, k) => {
    const source = p.source ?? (own ? null : page.source);
    const date = p.date ?? page.date;
    return {
      text: lines[k]!.join('\n'),
      kind: 'blocks',
      hints: {
        title: p.title,
        ...(date ? { pageDate: date } : {}),
        ...(source ? { source } : {}),
        ...(page.site ? { site: page.site } : {}),
      },
      origin: `${name}#${k + 1}`,
    };
  });
}

// .docx via mammoth's HTML conversion, so Word's own structure survives: the Title style gives
// the title, Heading 1–6 styles and numbered lines (Word's automatic numbering drawn in first,
// docx-number-labels.ts) give the outline; every paragraph becomes one line. Speaker, date and
// occasion come later from the header lines (content/header.ts). Footnote and endnote marks and
// texts, a 目录 made by a TOC field and soft hyphens are left out; a title set with manual line
// breaks is one line; a title kept only in the page header is taken when the body opens without
// one (formats/word-lines.ts).
import mammoth from 'mammoth';
import { isIssuerMark } from '../official-frame.js';
import { docxClosingSlide } from './closing-slide.js';
import { footerLines, forMammoth, headerLines, textBoxLines } from './docx-parts.js';
import { headerPieceDay } from './header-piece-day.js';
import { headerIssuer } from './header-issuer.js';
import { headerPeriodDate } from '../../knowledge/own-period-date.js';
import { parseDocument, textOf, type El } from './html-dom.js';
import { FormatError, type RawSource } from './types.js';
import { dropIssueCover } from '../issue-day.js';
import { joinBroken, SOFT_HYPHEN, titleOutsideBody, tocEntries, tocRange } from './word-lines.js';

const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p.doc-subtitle:fresh"];
/** Stands for a manual line break (<br>) while the text is read. */
const BREAK = '\ue000';
const SENTENCE = /[。！？!?；;]/;

interface Line {
  text: string;
  /** The text with its tabs, as a TOC entry has one before its page number. */
  raw: string;
  heading: boolean;
  /** A 目录 entry: all of it a link to a heading's bookmark. */
  toc: boolean;
}

/** Footnote and endnote references (`[1]` inside a sentence) and the notes mammoth appends. */
function dropNotes(doc: ReturnType<typeof parseDocument>, removed: { reason: string; text: string }[]) {
  for (const a of doc.querySelectorAll('a[href^="#footnote-"],a[href^="#endnote-"]')) {
    const sup = a.parentElement;
    (sup && sup.tagName === 'SUP' && textOf(sup) === textOf(a) ? sup : a).remove();
  }
  for (const li of doc.querySelectorAll('li[id^="footnote-"],li[id^="endnote-"]')) {
    const text = textOf(li).replace(/\s*↑$/, '');
    removed.push({ reason: li.id.startsWith('footnote') ? '脚注' : '尾注', text });
    const list = li.parentElement;
    li.remove();
    if (list && !textOf(list)) list.remove();
  }
}

function readLines(el: El): Line[] {
  const parts = (el.textContent ?? '').replace(SOFT_HYPHEN, '').split(BREAK);
  const raws = parts.map((s) => s.replace(/[ \u00a0\u3000\r\n]+/g, ' ').trim());
  const texts = joinBroken(parts.map((s) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim()));
  const links = el.querySelectorAll('a[href^="#_Toc"]');
  const linked = Array.from(links).reduce((n, a) => n + textOf(a).length, 0);
  const toc = links.length > 0 && linked >= textOf(el).length - 1;
  // Word's numbering is drawn into the text before mammoth reads the file (docx-number-labels.ts);
  // a list left is one whose labels could not be computed. Its short items head sections, as
  // short typed `一、` / `1.` lines do.
  const numbered = el.tagName === 'LI' && el.parentElement?.tagName === 'OL';
  return texts.map((text, i) => ({
    text,
    raw: texts.length === raws.length ? raws[i]! : text,
    heading: /^H[1-6]$/.test(el.tagName) || (numbered && text.length <= 30 && !SENTENCE.test(text)),
    toc,
  }));
}

/** A data table's row (short cells of one paragraph each) as one line, its cells split by tabs as
 * in a .doc; a one-cell frame or a layout table with paragraphs in its cells is read block by block. */
function dataRow(tr: El): string | null {
  const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  if (cells.length < 2 || cells.some((c) => c.querySelector('table') || c.querySelectorAll('p,li').length > 1))
    return null;
  const texts = cells.map((c) => textOf(c).replace(SOFT_HYPHEN, ''));
  if (texts.some((t) => t.length > 40 || SENTENCE.test(t)) || !texts.some(Boolean)) return null;
  return texts.join('\t');
}

/** A text box that repeats the text's own words (a pull quote, `金句：……` beside the paragraph it
 * comes from) is layout, not a paragraph: the text says it once. A box of words of its own (an
 * organ's name over a 通知) stays. */
function dropPullQuotes(lines: Line[], boxes: string[], removed: { reason: string; text: string }[]): Line[] {
  if (!boxes.length) return lines;
  const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const quotes = new Set(
    boxes.map(squeeze).filter((b) => {
      const words = b.replace(/^[\u4e00-\u9fff]{1,6}[:：]/, '');
      return words.length >= 12 && lines.some((l) => squeeze(l.text) !== b && squeeze(l.text).includes(words));
    }),
  );
  return lines.filter((l) => {
    const out = quotes.has(squeeze(l.text));
    if (out) removed.push({ reason: '引文框', text: l.text });
    return !out;
  });
}

export async function readDocx(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(forMammoth(bytes)) },
      { styleMap: STYLE_MAP },
    ));
  } catch {
    throw new FormatError('无法读取 Word 文档，文件可能已损坏。请在 Word 或 WPS 中打开后另存为 .docx 再导入。');
  }
  const doc = parseDocument(html.replace(/<br\s*\/?>/g, BREAK));
  const removed: { reason: string; text: string }[] = [];
  dropNotes(doc, removed);
  let lines: Line[] = [];
  // A long title is often set as two paragraphs in the Title style: `在全县……工作` + `推进会上的讲话`.
  const titleParts: string[] = [];
  const rows = new Set<El>();
  for (const el of doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,td,tr')) {
    if (el.tagName === 'TR') {
      const row = dataRow(el);
      if (row) {
        rows.add(el);
        lines.push({ text: row, raw: row, heading: false, toc: false });
      }
      continue;
    }
    const tr = el.closest('tr');
    if (tr && rows.has(tr)) continue;
    // Table cells hold paragraphs of their own; take the innermost block only.
    if (el.querySelector('p,li,td')) continue;
    const read = readLines(el).filter((l) => l.text);
    if (!read.length) continue;
    // The Title style on the 版头's issuer mark is layout: the mark goes to the 版头 rules.
    if (el.classList.contains('doc-title') && lines.length === 0 && !read.some((l) => isIssuerMark(l.text))) {
      titleParts.push(...read.map((l) => l.text));
      continue;
    }
    lines.push(...read);
  }
  const joined = joinBroken(titleParts);
  let title = joined.length === 1 ? joined[0]! : (titleParts[0] ?? null);
  if (joined.length > 1)
    lines.unshift(...titleParts.slice(1).map((text) => ({ text, raw: text, heading: false, toc: false })));
  // The 目录: linked entries, and a 目录 head with the entries under it.
  const raws = lines.map((l) => (l.toc ? `${l.raw}\t1` : l.raw));
  const toc = tocRange(raws);
  const entries = tocEntries(raws);
  // The 目录's entries (not its head) tell a 汇编's pieces apart (contents-split.ts).
  const contents: string[] = [];
  lines = lines.filter((l, i) => {
    const out = l.toc || entries.has(i) || (toc !== null && i >= toc[0] && i < toc[1]);
    if (out) removed.push({ reason: '目录', text: l.text });
    if (out && i !== toc?.[0]) contents.push(raws[i]!);
    return !out;
  });
  lines = dropPullQuotes(lines, textBoxLines(bytes), removed);
  const closing = docxClosingSlide(bytes);
  if (closing && lines.at(-1)?.text.trim() === closing) removed.push({ reason: '结束标记', text: lines.pop()!.text });
  // A 期刊 typed in Word opening on its cover page: as a PDF's (issue-day.ts).
  const uncovered = dropIssueCover(
    lines.map((l) => l.text),
    removed,
    title,
  );
  if (uncovered) [lines, title] = [lines.slice(lines.length - uncovered.length), null];
  const text = lines.map((l) => l.text);
  // Scanned pages pasted in as pictures: there is nothing to read, and the user should know why.
  if (!title && !text.some((t) => t.trim()) && /<img\b/.test(html))
    throw new FormatError(
      'Word 文件里只有图片（可能是粘贴进来的扫描件），没有可导入的文字。请先用 WPS 或 Word 的“图片转文字”（OCR）把图片转成文字并另存，或向发文单位索取电子版，再导入。',
    );
  const header = headerLines(bytes);
  title ??= titleOutsideBody(text, header);
  const periodDate = headerPeriodDate(header);
  const issuer = headerIssuer(header, text);
  const pieceDay = headerPieceDay([...header, ...footerLines(bytes)]);
  return [
    {
      text: text.join('\n'),
      kind: 'blocks',
      hints: {
        ...(title ? { title } : {}),
        ...(issuer ? { source: issuer } : {}),
        // (Below the text's own day, as a page's is.)
        ...(pieceDay ? { pageDate: pieceDay } : {}),
      },
      headings: lines.filter((l) => l.heading).map((l) => l.text),
      origin: name,
      removed,
      ...(contents.length ? { contents } : {}),
      ...(periodDate ? { periodDate } : {}),
    },
  ];
}

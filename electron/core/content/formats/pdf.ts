// .pdf: the text layer via unpdf (pdf.js packaged for plain Node, no canvas or worker needed).
// The text items are read with their positions and sizes (pdf-items.ts): page furniture, footnotes
// and a 目录 page go (pdf-furniture.ts), lines are joined back into paragraphs and the largest
// type at the top is the title (pdf-paragraphs.ts); the paragraphs go on as blocks.
import { banmianArticles, banmianSources, largeType } from './pdf-banmian.js';
import { getDocumentProxy } from 'unpdf';
import { findDate } from '../dates.js';
import { chromeReason } from './page-chrome.js';
import { cleanSource } from './html-source.js';
import { wechatByline } from '../wechat-byline.js';
import { urlDate } from './page-url.js';
import { dropClosingSlide, dropEndnotes } from './pdf-endnotes.js';
import { dropFootnotes, dropRunning, dropToc } from './pdf-furniture.js';
import { pdfInfoTable } from './pdf-info-table.js';
import { liftBoxedHead } from './pdf-boxed-head.js';
import { bodySize, pageLines, type PdfItem, type PdfLine } from './pdf-items.js';
import { mergeCellLines } from './pdf-cells.js';
import { paragraphs, titleLines } from './pdf-paragraphs.js';
import { printTitle } from './pdf-print-title.js';
import { splitRowColumns } from './pdf-row-columns.js';
import { paperPage } from '../header-outlet.js';
import { dropIssueCover } from '../issue-day.js';
import { FormatError, type RawSource } from './types.js';
import type { ImportHints } from '../metadata.js';

type Removed = { reason: string; text: string }[];

async function readLines(bytes: Uint8Array, marks: string[]): Promise<{ pages: PdfLine[][]; heights: number[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PdfLine[][] = [];
  const heights: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const view = page.view as number[];
    heights.push((view[3] ?? 842) - (view[1] ?? 0));
    pages.push(
      pageLines(
        content.items.flatMap((it): PdfItem[] => ('str' in it ? [it] : [])),
        n - 1,
        marks,
      ),
    );
  }
  return { pages, heights };
}

/** A web page printed by the browser (its address in the head or foot): the page's own chrome
 * lines (breadcrumb, info line, print and close buttons) go; the info line gives date and source. */
function webChrome(texts: string[], hints: ImportHints, removed: Removed): string[] {
  let account: string | undefined;
  // (A reposted article's byline, no 原创 in it, is read only under the title of a print of mp.weixin.qq.com.)
  const weixin = removed.some((r) => /mp\.weixin\.qq\.com/.test(r.text));
  const kept = texts.filter((t, i) => {
    const repost = weixin && i < 2 && !account && wechatByline(t, true);
    const reason = chromeReason(t) ?? (repost ? '公众号署名' : null);
    if (!reason) return true;
    // A WeChat article's byline (`原创 某某 公众号名 2023年03月08日 19:05 浙江`): its account and day.
    const wechat = wechatByline(t, weixin && i < 2);
    if (wechat) {
      hints.date ??= findDate(wechat.day) ?? undefined;
      account ??= cleanSource(wechat.account) ?? undefined;
    }
    // The info line may also hold the font-size switch, which names it first.
    if (/(?:发布时间|发布日期|来源)[:：]/.test(t)) {
      const date = findDate(t);
      const source = /来源[:：]\s*([^\s\u3000【[|｜]{2,40})/.exec(t)?.[1];
      if (date) hints.date ??= date;
      if (source) hints.source ??= source;
    }
    removed.push({ reason, text: t });
    return false;
  });
  // The account published the article unless a 来源 line names where its text came from.
  hints.source ??= account;
  return kept;
}

export async function readPdf(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  const marks: string[] = [];
  let read: { pages: PdfLine[][]; heights: number[] };
  try {
    read = await readLines(bytes, marks);
  } catch {
    throw new FormatError('无法读取 PDF 文件，文件可能已损坏或已加密。');
  }
  const removed: Removed = [];
  let pages = liftBoxedHead(dropRunning(read.pages, read.heights, removed));
  const body = bodySize(pages.flat());
  pages = dropToc(dropEndnotes(dropFootnotes(pages, body, removed), removed), removed);
  pages = dropClosingSlide(pages, body, removed);
  if (marks.length) removed.push({ reason: '注码', text: marks.join(' ') });
  let lines = pages.flat();
  // A paper's 版面 whose two columns the text layer gives row by row: read column by column.
  if (removed.some((r) => r.reason === '页眉' && paperPage(r.text, true))) lines = splitRowColumns(lines);
  if (lines.every((l) => !l.text.replace(/\s/g, '')))
    throw new FormatError(
      'PDF 没有文字层（可能是扫描件），暂不支持识别图片中的文字。请先用文字识别（OCR）工具把它转成 Word 或文本文件，或向发文单位索取电子版，再导入。',
    );
  const hints: ImportHints = {};
  const title = titleLines(lines, body);
  if (title) {
    hints.title = title.title;
    lines = lines.filter((l) => !title.lines.includes(l));
  }
  let texts = paragraphs(mergeCellLines(lines));
  // A printed policy page's info table: dated by its 成文日期, published by its 发文机关.
  const table = pdfInfoTable(texts);
  if (table.lines.length) {
    texts = texts.filter((t) => !table.lines.includes(t));
    removed.push(...table.lines.map((text) => ({ reason: '信息表', text })));
    if (table.signed) hints.date = table.signed;
    if (table.organ) hints.source = table.organ;
  }
  if (removed.some((r) => /https?:\/\/|www\./.test(r.text))) texts = webChrome(texts, hints, removed);
  // A 期刊's cover page: its name (read as the title), issue and 出版 day are no text; the day dates the piece.
  const uncovered = dropIssueCover(texts, removed, hints.title);
  if (uncovered) {
    texts = uncovered;
    delete hints.title;
  }
  const printed = hints.title ? null : printTitle(texts, removed);
  if (printed) {
    hints.title = printed.title;
    texts = printed.texts;
  }
  // A printed page that shows no date: the day in its address (the browser prints it at the foot).
  const address = removed.map((r) => /https?:\/\/\S+/.exec(r.text)?.[0]).find((u) => urlDate(u ?? null));
  if (!hints.date && address) hints.pageDate = urlDate(address)!;
  // A paper's page printed to PDF: its running head (`某某日报　2021年3月15日　星期一　第3版`, or the weekday alone)
  // names the paper and the day.
  const paper = removed.map((r) => (r.reason === '页眉' ? paperPage(r.text, true) : null)).find(Boolean);
  if (paper) {
    hints.source ??= paper.source;
    hints.date ??= paper.date ?? undefined;
  }
  // A paper's 版面 of several articles: one document each (pdf-banmian.ts).
  const banmian = paper ? banmianArticles(texts, hints.title, largeType(lines, body)) : null;
  if (banmian) return banmianSources(name, banmian, hints, removed);
  // The 目录's entries (not its head) tell a 汇编's pieces apart (contents-split.ts).
  const contents = removed
    .filter((r) => r.reason === '目录' && !/^目[\s\u3000]*录$/.test(r.text.trim()))
    .map((r) => r.text);
  return [
    { text: texts.join('\n'), kind: 'blocks', hints, origin: name, removed, ...(contents.length ? { contents } : {}) },
  ];
}

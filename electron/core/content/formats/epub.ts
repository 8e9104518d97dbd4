// EPUB (.epub): a zip whose package (OPF, found through META-INF/container.xml) lists the book's XHTML
// pages in reading order (the spine). Each page that holds text is read as a web page is (html.ts) and
// is a document of its own, as a 版面's articles and a 汇编's pieces are; the nav page, pages out of the
// reading order, a cover picture and the 版权信息 page are no text. The package's dc:title, dc:date and
// dc:creator name the book: they are a document's only when the book is that one document (its title,
// and its day or author where its text gives none); a 选编's year is no speech's day. fflate and linkedom,
// which the Word reader uses, read it; an EPUB library would add a second zip and XML stack for the same
// few lookups.
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { findDate } from '../dates.js';
import { decodeBytes } from '../decode.js';
import { tocChapters, tocEntries } from './epub-chapters.js';
import { escapeHtml } from './html-script-writes.js';
import { readHtml } from './html.js';
import { FormatError, type RawSource } from './types.js';

const BROKEN =
  '这个电子书（EPUB）文件已损坏或不完整（可能没有下载完），无法读取。请重新下载，或用电子书软件（如 Calibre）打开后转换为 .docx 或 .txt，再导入。';
const LOCKED =
  '这本电子书（EPUB）有版权保护（DRM），内容已加密，无法读取。请在购买它的阅读软件中阅读并摘录需要的章节，或向出版方索取不加密的版本（.epub、.docx 或 .txt）后再导入。';
/** The obfuscation of embedded fonts (IDPF, Adobe) locks no text. */
const FONT_ONLY = /idpf\.org\/2008\/embedding|ns\.adobe\.com\/pdf\/enc#RC/;
/** A 版权信息 page: short, with the book's ISBN or rights line. */
const RIGHTS_PAGE = /ISBN|版权所有|版权信息|CIP/;

/** A chapter's heading that is its number alone (`一、`, `第一章`): no title. */
const BARE_NUMBER = /^(?:[一二三四五六七八九十百\d]+[、.．]|第[一二三四五六七八九十百\d]+[章节篇讲部分]+)$/;

type Files = Record<string, Uint8Array>;

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');
type XmlNode = ReturnType<typeof xml>;
const byTag = (d: XmlNode, tag: string) => [...d.getElementsByTagName(tag)];
type XmlEl = ReturnType<typeof byTag>[number];

function unzip(bytes: Uint8Array): Files {
  try {
    return unzipSync(bytes);
  } catch {
    throw new FormatError(BROKEN);
  }
}

/** Any content (not a font) listed as encrypted, or a shop's licence beside it (Apple's sinf.xml). */
function locked(files: Files): boolean {
  if (files['META-INF/sinf.xml']) return true;
  const enc = files['META-INF/encryption.xml'];
  if (!enc) return false;
  const entries = strFromU8(enc).match(/<(?:\w+:)?EncryptedData[\s>][\s\S]*?<\/(?:\w+:)?EncryptedData>/g) ?? [];
  return entries.some((e) => !FONT_ONLY.test(e));
}

function resolve(base: string, href: string): string {
  const parts = (base + decodeURIComponent(href.split('#')[0]!)).split('/');
  const out: string[] = [];
  for (const p of parts)
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  return out.join('/');
}

interface Book {
  title: string | null;
  date: string | null;
  creator: string | null;
  /** The spine's pages in reading order. */
  pages: string[];
  /** The table of contents: the EPUB 3 nav page (`nav`) or the EPUB 2 toc.ncx. */
  toc: string | null;
  nav: boolean;
}

function readPackage(files: Files): Book {
  const container = files['META-INF/container.xml'];
  const opfPath = container && byTag(xml(strFromU8(container)), 'rootfile')[0]?.getAttribute('full-path');
  const opfBytes = opfPath ? files[opfPath] : undefined;
  if (!opfPath || !opfBytes) throw new FormatError(BROKEN);
  const opf = xml(strFromU8(opfBytes));
  const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const items = new Map(byTag(opf, 'item').map((i) => [i.getAttribute('id'), i]));
  const pages = byTag(opf, 'itemref')
    .filter((r) => r.getAttribute('linear') !== 'no')
    .map((r) => items.get(r.getAttribute('idref')))
    .filter((i): i is XmlEl => !!i && !/\bnav\b/.test(i.getAttribute('properties') ?? ''))
    .map((i) => resolve(base, i.getAttribute('href') ?? ''));
  if (!pages.length) throw new FormatError(BROKEN);
  const dc = (tag: string) => byTag(opf, `dc:${tag}`)[0]?.textContent?.trim() || null;
  const navItem = [...items.values()].find((i) => /\bnav\b/.test(i?.getAttribute('properties') ?? ''));
  const ncxItem = items.get(byTag(opf, 'spine')[0]?.getAttribute('toc') ?? null);
  const tocItem = navItem ?? ncxItem;
  const toc = tocItem ? resolve(base, tocItem.getAttribute('href') ?? '') : null;
  return { title: dc('title'), date: dc('date'), creator: dc('creator'), pages, toc, nav: !!navItem };
}

export function readEpub(name: string, bytes: Uint8Array): RawSource[] {
  const files = unzip(bytes);
  if (locked(files)) throw new FormatError(LOCKED);
  const book = readPackage(files);
  const removed: { reason: string; text: string }[] = [];
  const sources: RawSource[] = [];
  const page = (p: string) => (files[p] ? decodeBytes(files[p]).text : null);
  const take = (origin: string, xhtml: string | null) => {
    if (xhtml === null) throw new FormatError(BROKEN);
    // (A book's page is whole: a last paragraph without an end mark is the book's, not a page saved cut short.)
    for (const src of readHtml(origin, xhtml, null, true)) {
      const text = src.text.trim();
      if (!text) continue;
      if (text.length < 400 && RIGHTS_PAGE.test(text)) removed.push({ reason: '电子书版权页', text });
      else sources.push(src);
    }
  };
  // Chapters the toc cuts across pages (one long XHTML, pages split mid-chapter), each named by its toc
  // entry, its origin the book and that name (ids follow the content, not the converter's page files).
  const cut = tocChapters(book.pages, tocEntries(files, book.toc, book.nav, resolve), page);
  for (const p of cut ? cut.before : book.pages) take(`${name}#${p}`, page(p));
  for (const c of cut?.chapters ?? [])
    take(`${name}#${c.label}`, `<html><head><title>${escapeHtml(c.label)}</title></head><body>${c.html}</body></html>`);
  if (sources.length === 1) {
    const src = sources[0]!;
    const h = src.hints;
    // The book is this one document: its name is the book's; the chapter's heading stays as its first line.
    if (book.title && h.title !== book.title) {
      if (h.title && !BARE_NUMBER.test(h.title)) {
        src.text = `${h.title}\n${src.text}`;
        src.headings = [h.title, ...(src.headings ?? [])];
      }
      h.title = book.title;
    }
    // (Any full day in the text may be its own, under the title or closing it: the book's then says nothing.)
    if (book.date && !h.date && !h.pageDate && !findDate(src.text)) h.pageDate = book.date;
    if (book.creator && !h.author) h.author = book.creator;
  }
  if (sources[0] && removed.length) (sources[0].removed ??= []).push(...removed);
  return sources;
}

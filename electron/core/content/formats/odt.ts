// OpenDocument text (.odt), as LibreOffice Writer and WPS save it: a zip whose content.xml holds the text.
// Paragraphs (text:p) and headings (text:h) become lines in order, inside lists, sections and table cells;
// a paragraph in the Title style (or an automatic style whose parent is Title) is the title, as Word's is;
// footnotes and endnotes (text:note, set inside the paragraph they note) and a 目录 made by Writer's index
// (text:table-of-content) are no text. meta.xml is not read: its dc:date is when the file was saved, and its
// dc:title often a template's word (`讲话稿`), neither the text's. fflate and linkedom, which the Word and
// EPUB readers use, read it: an ODF library would add a second zip and XML stack for the same few lookups.
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { FormatError, type RawSource } from './types.js';
import { joinBroken } from './word-lines.js';

const BROKEN =
  '无法读取这个 OpenDocument 文本（.odt）文件，文件可能已损坏或不完整。请在 WPS 或 LibreOffice 中打开后另存为 .docx 再导入。';
/** Stands for a manual line break (text:line-break) while a paragraph is read. */
const BREAK = '\ue000';
const SENTENCE = /[。！？!?；;]/;
/** Markup that holds no text of the document (declarations, tracked changes, comments, forms). */
const SKIP = new Set([
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'text:tracked-changes',
  'office:annotation',
  'office:forms',
  'table:table-columns',
  'table:table-column',
  'draw:frame',
]);
const INDEXES = new Set(['text:table-of-content', 'text:illustration-index', 'text:table-index']);

interface XNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XNode>;
  getAttribute(name: string): string | null;
}
interface Line {
  text: string;
  heading: boolean;
  title: boolean;
}
type Removed = { reason: string; text: string }[];

const kids = (n: XNode) => Array.from(n.childNodes).filter((c) => c.nodeType === 1);

/** A paragraph's words: spaces (`text:s`), tabs and line breaks as written; its notes go to `removed`. */
function inline(n: XNode, removed: Removed): string {
  let out = '';
  for (const c of Array.from(n.childNodes)) {
    if (c.nodeType === 3) out += c.textContent ?? '';
    if (c.nodeType !== 1) continue;
    const tag = c.nodeName;
    if (tag === 'text:s') out += ' '.repeat(Number(c.getAttribute('text:c') ?? 1) || 1);
    else if (tag === 'text:tab') out += '\t';
    else if (tag === 'text:line-break') out += BREAK;
    else if (tag === 'text:note') {
      const body = kids(c).find((k) => k.nodeName === 'text:note-body');
      const text = body ? inline(body, removed).trim() : '';
      if (text) removed.push({ reason: c.getAttribute('text:note-class') === 'endnote' ? '尾注' : '脚注', text });
    } else if (!SKIP.has(tag)) out += inline(c, removed);
    // (Paragraphs inside a note's body or a frame are read through here, one after the other.)
    if (tag === 'text:p' || tag === 'text:h') out += BREAK;
  }
  return out;
}

/** The style a paragraph is in, through its automatic style to the named one Writer built it on. */
function styleOf(n: XNode, parents: Map<string, string>): string {
  const own = n.getAttribute('text:style-name') ?? '';
  return parents.get(own) ?? own;
}

/** A table's row of short cells, one paragraph each, as one line (cells split by tabs, as a .doc's). */
function dataRow(row: XNode, removed: Removed): string | null {
  const cells = kids(row).filter((c) => c.nodeName === 'table:table-cell');
  const paras = cells.map((c) => kids(c).filter((k) => k.nodeName === 'text:p'));
  if (cells.length < 2 || paras.some((p) => p.length > 1)) return null;
  const texts = paras.map((p) => (p[0] ? inline(p[0], removed).replaceAll(BREAK, ' ').trim() : ''));
  if (texts.some((t) => t.length > 40 || SENTENCE.test(t)) || !texts.some(Boolean)) return null;
  return texts.join('\t');
}

function readBlocks(el: XNode, parents: Map<string, string>, lines: Line[], removed: Removed, contents: string[]) {
  for (const c of kids(el)) {
    const tag = c.nodeName;
    if (SKIP.has(tag)) continue;
    if (INDEXES.has(tag)) {
      const body = kids(c).find((k) => k.nodeName === 'text:index-body');
      const entries: Line[] = [];
      if (body) readBlocks(body, parents, entries, removed, contents);
      for (const e of entries) removed.push({ reason: '目录', text: e.text });
      // (The index's own head, `目录`, lists no piece.)
      contents.push(...entries.filter((e) => !/^目[\s\u3000]*[录次]$/.test(e.text)).map((e) => e.text));
      continue;
    }
    const row = tag === 'table:table-row' ? dataRow(c, removed) : null;
    if (row) lines.push({ text: row, heading: false, title: false });
    else if (tag === 'text:p' || tag === 'text:h') {
      const style = styleOf(c, parents);
      const parts = inline(c, removed).split(BREAK);
      const texts = joinBroken(parts.map((s) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim()));
      const heading = tag === 'text:h' || /^Heading_20_\d$/.test(style);
      for (const text of texts) if (text) lines.push({ text, heading, title: style === 'Title' });
    } else readBlocks(c, parents, lines, removed, contents);
  }
}

export function readOdt(name: string, bytes: Uint8Array): RawSource[] {
  let xml: string;
  try {
    const content = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' })['content.xml'];
    if (!content) throw new Error('no content.xml');
    xml = strFromU8(content);
  } catch {
    throw new FormatError(BROKEN);
  }
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    getElementsByTagName(tag: string): ArrayLike<XNode>;
  };
  const text = Array.from(doc.getElementsByTagName('office:text'))[0];
  if (!text) throw new FormatError(BROKEN);
  const parents = new Map<string, string>();
  for (const s of Array.from(doc.getElementsByTagName('style:style'))) {
    const parent = s.getAttribute('style:parent-style-name');
    if (parent) parents.set(s.getAttribute('style:name') ?? '', parent);
  }
  const lines: Line[] = [];
  const removed: Removed = [];
  const contents: string[] = [];
  readBlocks(text, parents, lines, removed, contents);
  // A long title is often set as two paragraphs in the Title style: `在全市……工作会议` + `上的讲话`.
  let k = 0;
  while (k < lines.length && lines[k]!.title) k++;
  const joined = joinBroken(lines.slice(0, k).map((l) => l.text));
  const title = joined.length === 1 ? joined[0]! : lines[0]?.title ? lines[0].text : null;
  const body = lines.slice(joined.length === 1 ? k : title ? 1 : 0);
  return [
    {
      text: body.map((l) => l.text).join('\n'),
      kind: 'blocks',
      hints: title ? { title } : {},
      headings: body.filter((l) => l.heading).map((l) => l.text),
      origin: name,
      removed,
      ...(contents.length ? { contents } : {}),
    },
  ];
}

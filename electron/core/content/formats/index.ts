// Chooses a reader from the file's content (sniffed; the extension is only a hint) and returns raw
// sources. Damaged text bytes below the refusal threshold are reported with the sources. The
// PDF, Word and HTML readers (pdf.js, mammoth, linkedom) load on the first file that needs them:
// a batch of .txt files never pays for them (nor for zod, which the .jsonl reader checks rows with).
import { decodeBytes } from '../decode.js';
import { inlineFrameParts, isMhtml, mhtmlHtmlBytes, mhtmlPageUrl } from './mhtml.js';
import { pdfInfoTable } from './pdf-info-table.js';
import { withoutToc } from './word-lines.js';
import { sniffBinary, sniffText } from './sniff.js';
import type { RawSource } from './types.js';

export async function readSources(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  const kind = sniffBinary(name, bytes);
  if (kind === 'pdf') return (await import('./pdf.js')).readPdf(name, bytes);
  if (kind === 'docx') return (await import('./docx.js')).readDocx(name, bytes);
  if (kind === 'odt') return (await import('./odt.js')).readOdt(name, bytes);
  if (kind === 'pptx') return (await import('./pptx.js')).readPptx(name, bytes);
  if (kind === 'doc') return (await import('./doc.js')).readDoc(name, bytes);
  if (kind === 'epub') return (await import('./epub.js')).readEpub(name, bytes);
  if (kind === 'rtf') return readText(name, (await import('./rtf.js')).rtfText(bytes));
  // A page saved as one file (.mht): its HTML part, then as any HTML file.
  const mhtml = isMhtml(bytes);
  const { text, badSequences, encoding } = decodeBytes(mhtml ? mhtmlHtmlBytes(bytes) : bytes);
  const sources = mhtml
    ? (await import('./html.js')).readHtml(
        name,
        inlineFrameParts(text, bytes, (b) => decodeBytes(b).text),
        mhtmlPageUrl(bytes),
      )
    : await readText(name, text);
  if (badSequences > 0 && sources[0])
    (sources[0].removed ??= []).unshift({
      reason: `编码损坏（${badSequences} 处）`,
      text: `按 ${encoding} 解码时有 ${badSequences} 处字节无法识别，已标为□，请核对原文。`,
    });
  return sources;
}

async function readText(name: string, text: string): Promise<RawSource[]> {
  switch (sniffText(name, text)) {
    case 'html':
      return (await import('./html.js')).readHtml(name, text);
    case 'jsonl':
      return (await import('./jsonl.js')).readJsonl(name, text); // zod: only for .jsonl
    case 'markdown':
      return [{ text: stripMarkdown(text), kind: 'plain', hints: {}, origin: name, removed: [] }];
    default:
      return [plainText(name, text)];
  }
}

/** A table cell copied as a line of its own: `成文日期：`, its value on the next line. */
const LABEL_ALONE = /^[\u4e00-\u9fff\s\u3000]{2,8}[:：]$/;
/** An info line's labels (`信息来源：`, `发布日期：`) each copied on a line over its value. */
const META_LABEL_ALONE = /^(?:(?:信息|文章|稿件)?来源|发布(?:时间|日期)|时间|日期|作者)\s*[:：]$/;

/** The head's info labels joined to the value under each (`信息来源：` + `某某局`): one line, as the page
 * showed them, which the cleaner reads as the info line it is. Only a short value with no sentence. */
function joinHeadLabels(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (i < 24 && META_LABEL_ALONE.test(t) && next && next.length <= 40 && !/[。！？：:]/.test(next)) {
      out.push(t + next);
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

/** Plain text; a policy page's info table pasted over it (`索引号：\t…\t主题分类：\t…`, or each cell on
 * a line of its own) leaves the body and gives the 成文日期 and the issuer. */
function plainText(name: string, all: string): RawSource {
  // A 目录 typed with leaders (`一、……………1`) over the headings it lists: no text.
  const split = all.split(/\r?\n/);
  const joined = joinHeadLabels(split);
  const bare = withoutToc(joined);
  const lines = bare.lines;
  const text = bare.removed.length || joined.length < split.length ? lines.join('\n') : all;
  const toc = bare.removed.length ? { removed: bare.removed, contents: bare.contents } : { removed: [] };
  // Head lines, a label alone joined to its value, each with the lines it came from.
  const head: { text: string; from: number[] }[] = [];
  for (let i = 0; i < Math.min(lines.length, 24) && head.length < 12; i++) {
    const t = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (LABEL_ALONE.test(t) && next && !LABEL_ALONE.test(next)) head.push({ text: t + next, from: [i, ++i] });
    else head.push({ text: t, from: [i] });
  }
  const table = pdfInfoTable(head.map((h) => h.text));
  if (!table.lines.length) return { text, kind: 'plain', hints: {}, origin: name, ...toc };
  const rows = new Set(table.lines);
  const gone = new Set(head.filter((h) => rows.has(h.text)).flatMap((h) => h.from));
  return {
    text: lines.filter((_, i) => !gone.has(i)).join('\n'),
    kind: 'plain',
    hints: { ...(table.signed ? { date: table.signed } : {}), ...(table.organ ? { source: table.organ } : {}) },
    origin: name,
    ...toc,
    removed: [...toc.removed, ...table.lines.map((t) => ({ reason: '信息表', text: t }))],
  };
}

/** Markdown: keep the words, drop the markup (headings, emphasis, links, images). */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, '$2')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^>\s?/gm, '');
}

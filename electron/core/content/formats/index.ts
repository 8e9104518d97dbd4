// Chooses a reader from the file's content (sniffed; the extension is only a hint) and returns raw
// sources. Damaged text bytes below the refusal threshold are reported with the sources. The
// PDF, Word and HTML readers (pdf.js, mammoth, linkedom) load on the first file that needs them:
// a batch of .txt files never pays for them (nor for zod, which the .jsonl reader checks rows with).
import { decodeBytes } from '../decode.js';
import { isMhtml, mhtmlHtmlBytes, mhtmlPageUrl } from './mhtml.js';
import { sniffBinary, sniffText } from './sniff.js';
import type { RawSource } from './types.js';

export async function readSources(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  const kind = sniffBinary(name, bytes);
  if (kind === 'pdf') return (await import('./pdf.js')).readPdf(name, bytes);
  if (kind === 'docx') return (await import('./docx.js')).readDocx(name, bytes);
  if (kind === 'doc') return (await import('./doc.js')).readDoc(name, bytes);
  // A page saved as one file (.mht): its HTML part, then as any HTML file.
  const mhtml = isMhtml(bytes);
  const { text, badSequences, encoding } = decodeBytes(mhtml ? mhtmlHtmlBytes(bytes) : bytes);
  const sources = mhtml
    ? (await import('./html.js')).readHtml(name, text, mhtmlPageUrl(bytes))
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
      return [{ text, kind: 'plain', hints: {}, origin: name, removed: [] }];
  }
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

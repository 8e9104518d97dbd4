// Chooses a reader by file extension (and sniffed magic bytes) and returns raw sources.
import { decodeBytes } from '../decode.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readPdf } from './pdf.js';
import { FormatError, type RawSource } from './types.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.jsonl'] as const;

function extOf(name: string): string {
  const m = /\.[^.\\/]+$/.exec(name.toLowerCase());
  return m ? m[0] : '';
}

export async function readSources(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  const ext = extOf(name);
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.pdf' || isPdf) return readPdf(name, bytes);
  if (ext === '.docx' || (isZip && ext !== '.jsonl')) return readDocx(name, bytes);
  if (ext && !(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new FormatError(`不支持的文件类型“${ext}”。支持：${SUPPORTED_EXTENSIONS.join('、')}。`);
  }
  const { text } = decodeBytes(bytes);
  if (ext === '.jsonl') return readJsonl(name, text);
  if (ext === '.html' || ext === '.htm' || (!ext && /^\s*<(!doctype html|html)/i.test(text)))
    return readHtml(name, text);
  const body = ext === '.md' ? stripMarkdown(text) : text;
  return [{ text: body, kind: 'plain', hints: {}, origin: name }];
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

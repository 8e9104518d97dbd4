// .docx via mammoth's HTML conversion, so Word's own structure survives: the Title style gives
// the title, Heading 1–6 styles give the outline; every paragraph becomes one line. Speaker, date
// and occasion come later from the header lines (content/header.ts).
import mammoth from 'mammoth';
import { parseDocument, textOf } from './html-dom.js';
import { FormatError, type RawSource } from './types.js';

const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p.doc-subtitle:fresh"];

export async function readDocx(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP }));
  } catch {
    throw new FormatError('无法读取 Word 文档，文件可能已损坏。请在 Word 或 WPS 中打开后另存为 .docx 再导入。');
  }
  const doc = parseDocument(html);
  const lines: string[] = [];
  const headings: string[] = [];
  let title: string | null = null;
  for (const el of doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,td')) {
    // Table cells hold paragraphs of their own; take the innermost block only.
    if (el.querySelector('p,li,td')) continue;
    const text = textOf(el);
    if (!text) continue;
    if (el.classList.contains('doc-title') && !title && lines.length === 0) {
      title = text;
      continue;
    }
    if (/^H[1-6]$/.test(el.tagName)) headings.push(text);
    lines.push(text);
  }
  return [
    {
      text: lines.join('\n'),
      kind: 'blocks',
      hints: title ? { title } : {},
      headings,
      origin: name,
    },
  ];
}

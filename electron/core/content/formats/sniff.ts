// What a file is, from its bytes: the extension is only a hint. PDF, Word (a zip holding
// word/document.xml), EPUB (a zip naming itself in its mimetype entry), legacy Office and common
// binaries by their magic bytes; decoded text is HTML when it starts like markup, JSON Lines when its
// lines are JSON objects, else plain text.
import { FormatError } from './types.js';

export type BinaryKind = 'pdf' | 'docx' | 'odt' | 'pptx' | 'epub' | 'doc' | 'rtf' | 'text';

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

function containsAscii(b: Uint8Array, needle: string, limit = b.length): boolean {
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, limit)).includes(needle, 0, 'latin1');
}

const BINARY: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x4d, 0x5a], '可执行程序'],
  [[0x7f, 0x45, 0x4c, 0x46], '可执行程序'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
];

/** WPS 表格's own extensions (binary or, saved so, zipped). */
const SHEET_EXT = new Set(['.et', '.ett']);
const SHEET =
  '这是 WPS 表格（.et）文件，是电子表格，不是可导入的文章。如需导入其中的文字，请在 WPS 中把内容复制到 WPS 文字并“另存为”.docx 再导入；若是题库，请另存为 .xlsx 后在“题库”中导入。';

/** A `.wps` that is not Word 97 inside, as WPS writes it since WPS Office 2005: WPS 2000's or WPS Office 2003's
 * own format (or Microsoft Works'), which no reader at hand opens. */
const OLD_WPS =
  '这个 .wps 文件是 WPS 2005 以前的旧版本（如 WPS 2000、WPS Office 2003）或 Microsoft Works 保存的，本程序无法读取其中的文字。请用新版 WPS Office 打开它，点“另存为”选择 .docx 格式后再导入。（WPS Office 2005 及以后保存的 .wps 可以直接导入。）';

/** Bytes below the space that no text holds (tabs, line ends, form feed and escape aside). */
const hasControlBytes = (s: string) =>
  [...s].some((c) => {
    const x = c.charCodeAt(0);
    return x < 9 || (x > 13 && x < 32 && x !== 27);
  });

export function extOf(name: string): string {
  const m = /\.[^.\\/]+$/.exec(name.toLowerCase());
  return m ? m[0] : '';
}

/** The container kind of `bytes`; throws a FormatError with advice for files that cannot be imported. */
export function sniffBinary(name: string, bytes: Uint8Array): BinaryKind {
  const ext = extOf(name);
  if (containsAscii(bytes, '%PDF-', 1024)) return 'pdf';
  if (starts(bytes, [0x50, 0x4b])) {
    if (ext === '.docx' || containsAscii(bytes, 'word/document.xml')) return 'docx';
    // An EPUB names itself in its first, stored entry.
    if (ext === '.epub' || containsAscii(bytes, 'application/epub+zip', 100)) return 'epub';
    // So does an OpenDocument text (LibreOffice, WPS): `application/vnd.oasis.opendocument.text`.
    if (ext === '.odt' || containsAscii(bytes, 'opendocument.text', 120)) return 'odt';
    // A PowerPoint deck (a 党课课件): its slides' text.
    if (ext === '.pptx' || containsAscii(bytes, 'ppt/presentation.xml')) return 'pptx';
    if (SHEET_EXT.has(ext)) throw new FormatError(SHEET);
    throw new FormatError('这是一个压缩包（zip 等），不是可导入的文档。请解压后导入其中的文本、网页或 Word 文件。');
  }
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // A .docx (or .xlsx) saved with an open password, by Word or WPS, is an OLE file holding the zip
    // encrypted in `EncryptedPackage`: no reader gets at its text without the password.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('EncryptedPackage', 0, 'utf16le'))
      throw new FormatError(
        '这个文件设置了打开密码（已加密），无法读取其中的文字。请在 WPS 或 Word 中输入密码打开，取消文档加密后另存为 .docx 再导入。',
      );
    // An OLE compound file: Word 97–2003 names its main stream `WordDocument` (in UTF-16), and so
    // does WPS Writer's own .wps, read the same way.
    if (
      ext === '.doc' ||
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('WordDocument', 0, 'utf16le')
    )
      return 'doc';
    if (SHEET_EXT.has(ext)) throw new FormatError(SHEET);
    if (ext === '.wps') throw new FormatError(OLD_WPS);
    if (ext === '.ppt')
      throw new FormatError(
        '旧版 PowerPoint 演示文稿（.ppt）无法直接读取。请在 WPS 或 PowerPoint 中打开，另存为 .pptx 后再导入。',
      );
    throw new FormatError('旧版 Excel 或 PowerPoint 文件不是可导入的文档。请把其中的文字另存为 .docx 或文本后再导入。');
  }
  // RTF, also as the `.doc` downloads some sites serve: read for its text (formats/rtf.ts), never as
  // markup. (A “.doc” that is a single-file web page, .mht, is read as the page it is.)
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  if (/^\s*\{\\rtf/.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, ''))) return 'rtf';
  // A .wps in WPS's own binary from before its Word 97 days: control bytes no text file holds.
  if (ext === '.wps' && !/^(?:\xff\xfe|\xfe\xff)/.test(head) && hasControlBytes(head)) throw new FormatError(OLD_WPS);
  for (const [sig, what] of BINARY)
    if (starts(bytes, sig))
      throw new FormatError(
        `不支持的文件类型（${what}${ext ? `，扩展名“${ext}”` : ''}）。支持：文本、网页（含 .mht）、Word（.docx、.doc）、OpenDocument 文本（.odt）、RTF、WPS 文字（.wps）、PowerPoint（.pptx）、PDF、电子书（EPUB）、JSON Lines。`,
      );
  if (ext === '.pdf') return 'pdf';
  return 'text';
}

const MARKUP = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]/i;

export type TextKind = 'html' | 'jsonl' | 'markdown' | 'plain';

export function sniffText(name: string, text: string): TextKind {
  const ext = extOf(name);
  if (MARKUP.test(text.slice(0, 4096))) return 'html';
  if (ext === '.jsonl') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') {
    // Named HTML but holding plain text: read it as what it is.
    return /<(?:p|div|br|span|table)[\s>/]/i.test(text.slice(0, 20000)) ? 'html' : 'plain';
  }
  const firstLines = text.split('\n', 6).filter((l) => l.trim());
  if (firstLines.length && firstLines.every((l) => /^\s*\{.*"title"\s*:/.test(l))) return 'jsonl';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'plain';
}

// .doc (Word 97–2003, still how many offices keep their speeches) via word-extractor: it reads the
// OLE compound file and Word's piece table (8-bit and UTF-16 pieces) in plain JavaScript. The body
// only: headers, footers, footnotes and comments are left out. The format keeps no usable styles,
// so title, numbering and header lines are read from the text as for plain files, one line per
// Word paragraph.
import WordExtractor from 'word-extractor';
import { FormatError, type RawSource } from './types.js';

export async function readDoc(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    // filterUnicode off: by default it turns “” into " and —— into --, and 金句 live in “”. (The
    // option is in the library, lib/document.js, not in its typings.)
    body = (doc as unknown as { getBody(o: { filterUnicode: boolean }): string }).getBody({ filterUnicode: false });
  } catch {
    throw new FormatError(
      '无法读取旧版 Word（.doc）文件，文件可能已损坏或加密。请在 Word 或 WPS 中打开后“另存为”.docx 再导入。',
    );
  }
  // Word's own control characters: cell and row marks, page and section breaks, field marks.
  const text = body
    // eslint-disable-next-line no-control-regex -- these control characters are what is removed
    .replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/g, '\n')
    .split('\n')
    .filter((line) => line.trim())
    .join('\n');
  return [{ text, kind: 'blocks', hints: {}, origin: name, removed: [] }];
}

// RTF (WordPad's, WPS's, and the `.doc` downloads some sites serve that are RTF inside) read as the
// text it holds: rtf-stream-parser tokenizes and keeps the text of the body (no font tables, no
// pictures, no optional destinations), iconv-lite decodes the `\'xx` bytes in the file's code page
// (ansicpg936: GBK). One line per paragraph, then read as any plain text.
import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText.js';
import { FormatError } from './types.js';

export function rtfText(bytes: Uint8Array): string {
  const fail = (e: unknown) => {
    if (e) throw e;
  };
  const tokens = new Tokenize();
  const text = new ToPlainText({
    decode: (b: Buffer, enc: string) => iconv.decode(b, iconv.encodingExists(enc) ? enc : 'gbk'),
    warn: () => {},
  });
  const chunks: string[] = [];
  // Driven by hand, synchronously, as the library's own deEncapsulateSync drives its streams.
  tokens.push = (token: unknown) => (text._transform(token as never, 'utf8', fail), true);
  text.push = (piece: unknown) => (chunks.push(String(piece)), true);
  try {
    tokens._transform(Buffer.from(bytes), 'buffer', fail);
    tokens._flush(fail as () => void);
    text._flush(fail);
  } catch {
    throw new FormatError('无法读取这个 RTF 文件，文件可能已损坏。请在 Word 或 WPS 中打开后“另存为”.docx 再导入。');
  }
  return chunks.join('').replace(/\r\n?/g, '\n');
}

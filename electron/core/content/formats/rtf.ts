// RTF (WordPad's, WPS's, LibreOffice's, and the `.doc` downloads some sites serve that are RTF inside)
// read as the text it holds: rtf-stream-parser tokenizes and keeps the text of the body (no font
// tables, no pictures, no optional destinations), iconv-lite decodes the `\'xx` bytes in the file's
// code page (ansicpg936: GBK). The document's properties (`\info`: author, dates) are no text; a text
// box's own paragraphs (`\shptxt`, inside the shape's optional `\shpinst`) are, where they stand (a
// title set in a box). One line per paragraph, then read as any plain text.
import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText.js';
import { FormatError } from './types.js';

interface Token {
  type: number;
  word?: string;
}
const START = 0;
const END = 1;

/** The tokens with `\info` groups removed and each shape group replaced by its text boxes' groups. */
function bodyTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const end = (i: number) => {
    for (let depth = 0; i < tokens.length; i++) {
      if (tokens[i]!.type === START) depth++;
      else if (tokens[i]!.type === END && --depth === 0) return i;
    }
    return tokens.length - 1;
  };
  const word = (i: number) => {
    const t = tokens[i + 1]?.word === '*' ? tokens[i + 2] : tokens[i + 1];
    return t?.type === 2 ? t.word : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.type === START ? word(i) : undefined;
    if (w === 'info') i = end(i);
    else if (w === 'shpinst') {
      const last = end(i);
      for (let j = i + 1; j < last; j++)
        if (tokens[j]!.type === START && word(j) === 'shptxt') {
          const k = end(j);
          out.push(...tokens.slice(j, k + 1));
          j = k;
        }
      i = last;
    } else out.push(tokens[i]!);
  }
  return out;
}

export function rtfText(bytes: Uint8Array): string {
  const fail = (e: unknown) => {
    if (e) throw e;
  };
  const tokenizer = new Tokenize();
  const text = new ToPlainText({
    decode: (b: Buffer, enc: string) => iconv.decode(b, iconv.encodingExists(enc) ? enc : 'gbk'),
    warn: () => {},
  });
  const tokens: Token[] = [];
  const chunks: string[] = [];
  // Driven by hand, synchronously, as the library's own deEncapsulateSync drives its streams.
  tokenizer.push = (token: unknown) => (tokens.push(token as Token), true);
  text.push = (piece: unknown) => (chunks.push(String(piece)), true);
  try {
    tokenizer._transform(Buffer.from(bytes), 'buffer', fail);
    tokenizer._flush(fail as () => void);
    for (const token of bodyTokens(tokens)) text._transform(token as never, 'utf8', fail);
    text._flush(fail);
  } catch {
    throw new FormatError('无法读取这个 RTF 文件，文件可能已损坏。请在 Word 或 WPS 中打开后“另存为”.docx 再导入。');
  }
  return chunks.join('').replace(/\r\n?/g, '\n');
}

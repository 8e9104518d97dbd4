// .doc (Word 97–2003, still how many offices keep their speeches) via word-extractor: it reads the
// OLE compound file and Word's piece table (8-bit and UTF-16 pieces) in plain JavaScript. The body
// only: footnotes and comments are left out, and so is a 目录 (formats/word-lines.ts); headers and
// text boxes are read only for a title the body lacks. The format keeps no usable styles, so
// title, numbering and header lines are read from the text as for plain files, one line per Word
// paragraph.
import WordExtractor from 'word-extractor';
import { headerIssuer } from './header-issuer.js';
import { headerPieceDay } from './header-piece-day.js';
import { FormatError, type RawSource } from './types.js';
import { SOFT_HYPHEN, splitLabelCell, titleOutsideBody, withoutToc } from './word-lines.js';

interface Extracted {
  getBody(o: { filterUnicode: boolean }): string;
  getHeaders(o: { filterUnicode: boolean; includeFooters: boolean }): string;
  getTextboxes(o: { filterUnicode: boolean; includeHeadersAndFooters: boolean }): string;
}

/** word-extractor maps Word's optional hyphen (0x1F) through a table that lacks it, writing the
 * word `undefined` into the text; it is dropped where it stands against other text. */
const LOST_HYPHEN = /(?<=\S)undefined|undefined(?=[^\s.,;:!?)\]}'"])/g;

function linesOf(text: string): string[] {
  return (
    text
      .replace(LOST_HYPHEN, '')
      .replace(SOFT_HYPHEN, '')
      // Word's own control characters: cell and row marks, page and section breaks, field marks.
      // eslint-disable-next-line no-control-regex -- these control characters are what is removed
      .replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/g, '\n')
      .split('\n')
      .flatMap(splitLabelCell)
      // Each line is a Word paragraph: full-width spaces there only indent it, centre a title or
      // set a byline apart (`县委书记　　王建国`); left in, the cleaner reads them as paragraph breaks.
      .map((line) => line.trim().replace(/\u3000{2,}/g, '\u3000'))
      .filter(Boolean)
  );
}

export async function readDoc(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  let doc: Extracted;
  try {
    doc = (await new WordExtractor().extract(Buffer.from(bytes))) as unknown as Extracted;
  } catch {
    throw new FormatError(
      '无法读取旧版 Word（.doc）文件，文件可能已损坏或加密。请在 Word 或 WPS 中打开后“另存为”.docx 再导入。',
    );
  }
  // filterUnicode off: by default it turns “” into " and —— into --, and 金句 live in “”. (The
  // option is in the library, lib/document.js, not in its typings.)
  let lines = linesOf(doc.getBody({ filterUnicode: false }));
  const bare = withoutToc(lines);
  const { removed, contents } = bare;
  lines = bare.lines;
  const header = linesOf(doc.getHeaders({ filterUnicode: false, includeFooters: false }));
  const outside = [...linesOf(doc.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false })), ...header];
  const title = titleOutsideBody(lines, outside);
  const issuer = headerIssuer(header, lines);
  const pieceDay = headerPieceDay(linesOf(doc.getHeaders({ filterUnicode: false, includeFooters: true })));
  return [
    {
      text: lines.join('\n'),
      kind: 'blocks',
      hints: {
        ...(title ? { title } : {}),
        ...(issuer ? { source: issuer } : {}),
        ...(pieceDay ? { pageDate: pieceDay } : {}),
      },
      origin: name,
      removed,
      ...(contents.length ? { contents } : {}),
    },
  ];
}

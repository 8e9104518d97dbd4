// The guard the import worker runs before any parser sees a file: picks the checks by format the
// same way formats/index.ts picks a reader (extension, then magic bytes), so every path a file
// can take into a parser is covered. Rejects with an ApiError naming the limit; resolves otherwise.
// The PDF, zip and HTML checks (fflate, htmlparser2) load on the first file that needs them: the
// worker starts sooner, and a batch of .txt files never pays for them.
import { decodeBytes } from '../decode.js';
import { isMhtml, mhtmlHtmlBytes } from '../formats/mhtml.js';
import { type ImportLimits, limitError } from './limits.js';
import { checkLineLength } from './text-guard.js';

const checkPdf = async (bytes: Uint8Array, limits: ImportLimits) =>
  (await import('./pdf-guard.js')).checkPdf(bytes, limits);
const checkZip = async (bytes: Uint8Array, limits: ImportLimits, what: string) =>
  (await import('./zip-guard.js')).checkZip(bytes, limits, what);
const checkHtmlDepth = async (html: string, limits: ImportLimits) =>
  (await import('./html-guard.js')).checkHtmlDepth(html, limits);

const extOf = (name: string) => /\.[^.\\/]+$/.exec(name.toLowerCase())?.[0] ?? '';
const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
/** An EPUB names itself in its first, stored entry (`mimetype` holding `application/epub+zip`). */
const isEpub = (b: Uint8Array) => Buffer.from(b.subarray(0, 100)).includes('application/epub+zip', 0, 'latin1');
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

function decoded(bytes: Uint8Array): string | null {
  try {
    return decodeBytes(bytes).text;
  } catch {
    return null; // undecodable: the reader reports it in its own words
  }
}

/** A page saved as one file: its HTML part is checked as any page (an unreadable one is left to
 * the reader, which says what is wrong). */
async function checkMhtml(bytes: Uint8Array, limits: ImportLimits): Promise<void> {
  let html: string | null = null;
  try {
    html = decoded(mhtmlHtmlBytes(bytes));
  } catch {
    return;
  }
  if (html !== null) await checkHtmlDepth(html, limits);
}

/** Documents for the library (.txt .md .html .htm .mht .docx .odt .doc .rtf .epub .pdf .jsonl). */
export async function precheckDocument(name: string, bytes: Uint8Array, limits: ImportLimits): Promise<void> {
  if (bytes.length > limits.maxInputBytes) throw limitError.inputTooLarge(limits, bytes.length);
  const ext = extOf(name);
  if (ext === '.pdf' || isPdf(bytes)) return checkPdf(bytes, limits);
  if (ext === '.docx' || (isZip(bytes) && ext !== '.jsonl'))
    return checkZip(bytes, limits, ext === '.epub' || isEpub(bytes) ? '电子书（EPUB）' : 'Word 文档');
  // A Word 97–2003 file is bounded by its size: its reader runs in the worker under the heap and
  // time limits, and its bytes are not text to check for line lengths.
  if (ext === '.doc' || ext === '.rtf' || isOle(bytes)) return;
  if (isMhtml(bytes)) return checkMhtml(bytes, limits);
  const text = decoded(bytes);
  if (text === null) return;
  if (ext === '.html' || ext === '.htm' || (!ext && /^\s*<(!doctype html|html)/i.test(text)))
    return checkHtmlDepth(text, limits);
  // A .jsonl row holds a whole article in one JSON string: its lines are long by design.
  if (ext !== '.jsonl') checkLineLength(text, limits);
}

/** Question banks (.json .csv .txt .tsv .xlsx .xls .docx .doc .wps .pdf .html .htm .mht .apkg). */
export async function precheckBank(name: string, bytes: Uint8Array, limits: ImportLimits): Promise<void> {
  if (bytes.length > limits.maxInputBytes) throw limitError.inputTooLarge(limits, bytes.length);
  const ext = extOf(name);
  // A PDF bank is read by the same pdf.js as a PDF document: the same checks.
  if (ext === '.pdf') return checkPdf(bytes, limits);
  if (ext === '.xlsx') return checkZip(bytes, limits, 'Excel 文件');
  if (ext === '.docx') return checkZip(bytes, limits, 'Word 文档');
  if (ext === '.apkg') return checkZip(bytes, limits, 'Anki 牌组包');
  if (ext === '.json' || ext === '.doc' || ext === '.wps' || ext === '.xls') return;
  // A web-page bank is read by the same DOM as a web page: the same checks (nesting, MHTML parts).
  if (ext === '.mht' || ext === '.mhtml' || isMhtml(bytes)) return checkMhtml(bytes, limits);
  const text = decoded(bytes);
  if (text !== null && (ext === '.html' || ext === '.htm')) return checkHtmlDepth(text, limits);
  if (text !== null) checkLineLength(text, limits);
}

// Question banks saved as web pages (.html/.htm, and .mht "单个文件网页"): a Word or WPS paper saved
// as 网页, a WeChat or CMS article, a practice page, an exam system's export or result page. The
// page's text lines go to the numbered-text reader as a Word file's do, with the same marks (red,
// highlight, bold, underline) written into the text, so a key shown only in red is read by the
// same rules; tables with a bank's header are read as spreadsheets. A key is never guessed.
import { ApiError } from '../../contract/errors.js';
import { decodeBytes, DecodeError } from '../content/decode.js';
import { parseDocument, textLines, type Doc, type DomNode, type El } from '../content/formats/html-dom.js';
import { isMhtml, mhtmlHtmlBytes } from '../content/formats/mhtml.js';
import { FormatError } from '../content/formats/types.js';
import type { Parsed } from './import-json.js';
import { bankFromMarkedLines, markPictures, tableBank } from './marked-bank.js';
import { textMarks } from './html-marks.js';
import { tablesOf } from './word-tables.js';

const NOT_A_BANK =
  '未在网页中找到编号的题目：请让每道题以题号开头（如“1.”“2、”），选项以 A. B. 开头，并写明“答案：”；或把题库另存为 Word 或 Excel 文件后再导入。';
const TABLE_FORMAT = '网页表格题库';

// Never text a reader sees as the bank. Hidden elements are kept: practice pages hide each key
// until 查看答案 is pressed, and WeChat hides the whole article until its script runs.
const NEVER = 'script,style,noscript,template,iframe,svg,canvas,button,select,textarea,option,audio,video,object,embed';

function pageText(data: Buffer): string {
  let bytes: Buffer = data;
  try {
    if (isMhtml(data)) bytes = mhtmlHtmlBytes(data);
    return decodeBytes(bytes).text;
  } catch (e) {
    if (e instanceof DecodeError || e instanceof FormatError) throw new ApiError('BAD_INPUT', e.message);
    throw e;
  }
}

/** The numbers and letters the browser draws before the items of an <ol> (1. 2. …, A. B. …), written
 * into the text: a key list or an option key names them. Not where the list hides its markers or
 * the item already starts with its own number. */
function drawListNumbers(doc: Doc): void {
  for (const ol of [...doc.querySelectorAll('ol')]) {
    if (/list-style(?:-type)?\s*:\s*none/i.test(ol.getAttribute('style') ?? '')) continue;
    const type = ol.getAttribute('type') ?? '1';
    let n = Number(ol.getAttribute('start')) || 1;
    for (const li of [...ol.children].filter((c) => c.tagName === 'LI')) {
      n = Number(li.getAttribute('value')) || n;
      const mark = type === 'A' || type === 'a' ? 'ABCDEFGH'[n - 1] : type === '1' ? String(n) : null;
      const own = (li.textContent ?? '').trim();
      if (mark && !/^(?:\d{1,3}|[A-Ha-h])\s*[.．、)）]/.test(own)) {
        const firstBlock =
          li.firstElementChild && /^(P|DIV)$/.test(li.firstElementChild.tagName) ? li.firstElementChild : li;
        firstBlock.prepend(`${mark}．`);
      }
      n++;
    }
  }
}

/** Each text node wrapped in the mark characters of the styles it is shown with. */
function writeMarks(root: DomNode): void {
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const marks = textMarks(node);
      if (marks) node.textContent = marks(node.textContent ?? '');
      continue;
    }
    for (const kid of [...node.childNodes]) stack.push(kid);
  }
}

export async function parseHtmlBank(data: Buffer): Promise<Parsed> {
  const doc = parseDocument(pageText(data));
  for (const el of [...doc.querySelectorAll(NEVER)]) el.remove();
  const body = (doc.querySelector('body') ?? doc.documentElement) as El;
  markPictures(doc, body);
  // Tables with a bank's header (题目 … 答案) are read as spreadsheets and taken out of the text.
  const banks = tablesOf(body).flatMap((t) => {
    const bank = tableBank([t], TABLE_FORMAT);
    return bank ? [{ el: t.el, rows: bank.rows }] : [];
  });
  for (const b of banks) b.el.remove();
  drawListNumbers(doc);
  writeMarks(body);
  const table = banks.length ? { format: TABLE_FORMAT, rows: banks.flatMap((b) => b.rows) } : null;
  const parsed = bankFromMarkedLines(textLines(body), table);
  if (parsed) return { ...parsed, format: parsed.format === TABLE_FORMAT ? TABLE_FORMAT : '网页题库' };
  throw new ApiError('BAD_INPUT', NOT_A_BANK);
}

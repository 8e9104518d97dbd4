// Question banks typed in Word or WPS (.docx, .doc, .wps): the paragraphs become lines for the numbered-text
// reader (import-text.ts). Items and options that Word numbers itself (automatic numbering) get
// the numbers and letters Word shows, written in before mammoth reads the file
// (content/formats/docx-number-labels.ts), so a key list matches them as typed numbers. Where the
// numbering cannot be computed (a format not drawn), mammoth gives a list: a list item is written
// as an item, marked (AUTO_ITEM) and never matched to a key list by number, and the items of a
// list nested in it as its options A, B, C…. A .doc keeps no list structure: typed numbers only.
import mammoth from 'mammoth';
import { ApiError } from '../../contract/errors.js';
import { readDoc } from '../content/formats/doc.js';
import { forMammoth } from '../content/formats/docx-parts.js';
import { parseDocument, textOf, type El } from '../content/formats/html-dom.js';
import type { Parsed } from './import-json.js';
import { AUTO_ITEM } from './import-text.js';
import { bankFromMarkedLines, markPictures, tableBank as bankTable } from './marked-bank.js';
import { withoutMarks, withRunMarks } from './word-run-marks.js';
import { showHiddenKeys } from './word-hidden-keys.js';
import { commentKeys } from './word-comment-keys.js';
import { tablesOf } from './word-tables.js';
import { shownColour } from './word-table-legend.js';
import { docTableRows } from './word-doc-tables.js';

const CORRUPT = '无法读取 Word 文档，文件可能已损坏或加密。请在 Word 或 WPS 中打开后另存为 .docx 再导入。';
const NOT_A_BANK =
  '未在 Word 文档中找到编号的题目：请让每道题以题号开头（如“1.”“2、”），选项以 A. B. 开头，并写明“答案：”。';

/** Text of a list item without the lists nested in it. */
function ownText(li: El): string {
  const copy = parseDocument(`<div>${li.innerHTML}</div>`).querySelector('div')!;
  for (const nested of [...copy.querySelectorAll('ol,ul')]) nested.remove();
  return textOf(copy);
}

const KEY_ROW = /^(?:题\s*号|(?:参考|标准|正确)?答\s*案)$/;

function linesOf(el: El, out: string[]): void {
  for (const child of [...el.children]) {
    const tag = child.tagName;
    if (tag === 'OL' || tag === 'UL') {
      for (const li of [...child.children].filter((c) => c.tagName === 'LI')) {
        out.push(tag === 'OL' ? `${AUTO_ITEM}${ownText(li)}` : ownText(li));
        const options = [...li.children]
          .filter((c) => c.tagName === 'OL' || c.tagName === 'UL')
          .flatMap((list) => [...list.children].filter((c) => c.tagName === 'LI'));
        options.forEach((o, i) => out.push(`${'ABCDEFGH'[i] ?? '?'}. ${ownText(o)}`));
      }
    } else if (/^(P|H[1-6])$/.test(tag)) {
      for (const line of softLines(child)) {
        const text = paragraphText(line);
        if (text) out.push(text);
      }
    } else if (tag === 'TABLE' && keyColumn(child)) {
      // 题号 | 答案 over one row an item: a key list, written as the text reader reads one.
      out.push('参考答案', ...keyColumn(child)!.map(([n, k]) => `${n}．${k}`));
    } else if (tag === 'TR' && KEY_ROW.test(withoutMarks(textOf(child.children[0] ?? child)))) {
      // A key table's row (题号 | 1 | 2 … over 答案 | C | A …) is one line of cells.
      out.push([...child.children].map((cell) => textOf(cell)).join('\t'));
    } else linesOf(child, out); // tables, cells and other containers
  }
}

/** A paragraph's lines: Word's soft line breaks (Shift+Enter, <br> after mammoth) part a stem, its
 * options and its 答案 as paragraphs would, where the text alone would run them into one line. */
function softLines(p: El): El[] {
  if (!p.querySelector('br')) return [p];
  return p.innerHTML.split(/<br\s*\/?>/i).map((part) => parseDocument(`<p>${part}</p>`).querySelector('p')!);
}

// A key typed after a wide gap at the end of a line (D．六　　C): the gap tells it from the option's
// text (D．维生素 B), so it is kept as one full-width space where other whitespace is collapsed.
const WIDE_GAP_KEY = /(?:[\t\u3000]|\s{2})[\s\u3000]*[A-HＡ-Ｈ]{1,8}[\s\u3000]*$/;

function paragraphText(p: El): string {
  const text = textOf(p);
  return WIDE_GAP_KEY.test(p.textContent ?? '') ? text.replace(/ (?=[A-HＡ-Ｈ]{1,8}$)/, '\u3000') : text;
}

/** The entries of a key table of 题号 | 答案 columns (1 | A …), or of pairs of them side by side
 * (题号 | 答案 | 题号 | 答案, numbered down the columns or across): each key with the number beside it,
 * never read in the cells' order. Null unless every filled pair is a number and a key. */
function keyColumn(table: El): [string, string][] | null {
  const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => withoutMarks(textOf(c))));
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || width % 2 || rows.some((r) => r.length !== width)) return null;
  const pairs = (r: string[]) => r.flatMap((c, i) => (i % 2 ? [] : [[c, r[i + 1]!] as [string, string]]));
  if (!pairs(rows[0]!).every(([n, k]) => /^题\s*号$/.test(n) && KEY_ROW.test(k))) return null;
  const entries = rows
    .slice(1)
    .flatMap(pairs)
    .filter(([n, k]) => n || k);
  return entries.every(([n, k]) => /^\d{1,4}$/.test(n) && k) ? entries : null;
}

async function docxLines(data: Buffer): Promise<{ lines: string[]; table: Parsed | null }> {
  let html: string;
  let documentXml = '';
  try {
    ({ value: html } = await mammoth.convertToHtml(
      {
        buffer: Buffer.from(
          forMammoth(data, (xml, part) => {
            if (xml.includes('<w:body')) documentXml = xml;
            return withRunMarks(showHiddenKeys(commentKeys(xml, part('word/comments.xml'))), part('word/styles.xml'));
          }),
        ),
      },
      // Pictures are only marked where they stand (markPictures), never read: no need to copy their bytes.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    ));
  } catch {
    throw new ApiError('BAD_INPUT', CORRUPT);
  }
  const out: string[] = [];
  const doc = parseDocument(`<body>${html}</body>`);
  const body = doc.querySelector('body')!;
  markPictures(doc, body);
  // Tables with a bank's header are read as spreadsheets and taken out of the text, so that
  // their cells do not run on into the numbered item above them.
  // (Each table is read once: the spreadsheet reader reads sheets one by one, so the bank of all of
  // them is their rows in order.)
  const banks = tablesOf(body, (colour) => shownColour(documentXml, colour)).flatMap((t) => {
    const bank = tableBank([t]);
    return bank ? [{ el: t.el, rows: bank.rows }] : [];
  });
  for (const b of banks) b.el.remove();
  linesOf(body, out);
  return { lines: out, table: banks.length ? { format: TABLE_FORMAT, rows: banks.flatMap((b) => b.rows) } : null };
}

const TABLE_FORMAT = 'Word 表格题库';
const tableBank = (tables: { name: string; table: string[][] }[]) => bankTable(tables, TABLE_FORMAT);

export async function parseWordBank(name: string, data: Buffer): Promise<Parsed> {
  let lines: string[];
  let table: Parsed | null = null;
  // The bytes decide, not the name: a .docx is a zip (so is a .doc or .wps saved in that format);
  // Word 97–2003 and WPS Writer's own .wps are compound files the .doc reader takes.
  if (!(data[0] === 0x50 && data[1] === 0x4b)) {
    try {
      lines = (await readDoc(name, data)).flatMap((s) => s.text.split('\n'));
      // A table is one line of tab-ended cells: read as a spreadsheet where its rows are certain.
      const grids = lines.flatMap((l) => {
        const rows = docTableRows(l);
        return rows ? [{ name: '', table: rows }] : [];
      });
      table = grids.length ? tableBank(grids) : null;
      if (table) lines = lines.filter((l) => !docTableRows(l));
    } catch (e) {
      throw new ApiError('BAD_INPUT', (e as Error).message);
    }
  } else {
    ({ lines, table } = await docxLines(data));
  }
  // Lines of a .docx carry their runs' marks (red, highlight, bold, underline): read out there, the
  // text goes to the text reader and the marks to the keys they may show.
  const parsed = bankFromMarkedLines(lines, table);
  if (parsed) return parsed;
  throw new ApiError('BAD_INPUT', NOT_A_BANK);
}

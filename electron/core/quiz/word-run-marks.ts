// Word banks whose key is shown only by formatting (the right option in red, highlighted or bold,
// a 填空's answer words underlined in the full sentence). mammoth keeps no colour, so before it
// reads document.xml each run's marks are written into its text as private-use characters (an
// opening character carrying the marks, a closing one), and read back out of the lines it gives.
// A run's marks are its own properties over those its paragraph and character styles give it
// (word-style-marks.ts), and those its table's style gives (word-table-style.ts).
import { propsOf, readStyles, styleProps, type Props, type StyleSheet } from './word-style-marks.js';
import { cellProps, readTableStyles } from './word-table-style.js';
import { legendColour, rgb } from './word-key-colour.js';

export const RED = 1;
export const HIGHLIGHT = 2;
export const BOLD = 4;
export const UNDERLINE = 8;

const OPEN = 0xe100; // OPEN + marks opens a marked run
const CLOSE = '\ue1ff';
const MARK_CHAR = /[\ue100-\ue1ff]/g;

/** A run holding no nested runs (a text box's own runs are matched one by one). */
const RUN = /<w:r(?:\s[^>]*)?>((?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*)<\/w:r>/;
/** A paragraph's start (with its properties), its end, or a run: runs know their paragraph's style. */
const PARA_OR_RUN = new RegExp(
  `<w:tc\\b[^>]*?(?<!\\/)>|<\\/w:tc>|<w:p(?:\\s[^>]*)?>(?:\\s*<w:pPr>([\\s\\S]*?)<\\/w:pPr>)?|<\\/w:p>|${RUN.source}`,
  'g',
);
const RUN_PR = /^\s*<w:rPr(?:\s[^>]*)?>([\s\S]*?)<\/w:rPr>/;
/** A tracked change of formatting keeps the run's former properties: not what Word shows. */
const PR_CHANGE = /<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g;
const TEXT = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;
/** A cell's start with its own properties (the same cells, in the same order, as PARA_OR_RUN's). */
const CELL_SHADE = /<w:tc\b[^>]*?(?<!\/)>(?:\s*<w:tcPr>([\s\S]*?)<\/w:tcPr>)?/g;

const on = (v: string | undefined | null) => v !== null && !/^(false|0|off|none)$/.test(v ?? '');

/** Pure reds and the dark and bright reds Word and WPS offer (C00000, FF0000, E60012…). */
export function isRed(hex: string | undefined | null): boolean {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = rgb(hex);
  return r >= 0xb0 && g <= 0x40 && b <= 0x40;
}

type KeyColour = ReturnType<typeof legendColour>;

function marksOf(props: Props, keyColour: KeyColour): number {
  const val = (tag: keyof Props) => (tag in props ? props[tag] : null);
  let marks = 0;
  if (isRed(val('color')) || keyColour?.(val('color'))) marks |= RED;
  if (on(val('highlight'))) marks |= HIGHLIGHT;
  if (on(val('b'))) marks |= BOLD;
  const u = val('u');
  if (u !== null && u !== undefined && on(u)) marks |= UNDERLINE; // as mammoth: w:u needs a w:val
  return marks;
}

/** WPS's 文字底纹 and colours pasted from web pages are a run's own shading (w:shd), not
 * w:highlight; the reader sees the same coloured background. White or automatic fill is none. */
function shaded(rPr: string): number {
  const shd = /<w:shd\b([^>]*)>/.exec(rPr)?.[1];
  if (!shd) return 0;
  const val = /\bw:val="([^"]*)"/.exec(shd)?.[1] ?? '';
  const fill = /\bw:fill="([^"]*)"/.exec(shd)?.[1] ?? 'auto';
  const color = /\bw:color="([^"]*)"/.exec(shd)?.[1] ?? 'auto';
  const colour = (c: string) => /^[0-9a-f]{6}$/i.test(c) && c.toUpperCase() !== 'FFFFFF';
  if (val === 'nil') return 0;
  return colour(fill) || (val === 'solid' && colour(color)) ? HIGHLIGHT : 0;
}

/** document.xml with each marked run's text wrapped in mark characters; `styles`: word/styles.xml.
 * Underlined spaces are a blank to fill in: drawn as ______ (keyless, unless an answer line gives the key). */
export function withRunMarks(xml: string, styles?: string | null): string {
  const sheet = readStyles(styles);
  const cells = sheet ? cellProps(xml, readTableStyles(styles)) : [];
  // A cell's own shading (w:tcPr/w:shd, 底纹 on a table cell) marks its text as highlight does.
  const shadedCell = [...xml.matchAll(CELL_SHADE)].map((m) => shaded(m[1] ?? ''));
  let cellAt = 0;
  const inCell: { props: Props; shade: number }[] = []; // the cells the runs are in
  const paragraphs: (string | undefined)[] = [];
  const keyColour = legendColour(xml);
  return xml.replace(PARA_OR_RUN, (m, pPr: string | undefined, inner: string | undefined) => {
    if (m === '</w:p>') paragraphs.pop();
    else if (m === '</w:tc>') inCell.pop();
    else if (m.startsWith('<w:tc')) {
      inCell.push({ props: cells[cellAt] ?? {}, shade: shadedCell[cellAt] ?? 0 });
      cellAt++;
    } else if (inner === undefined) {
      if (!m.endsWith('/>')) paragraphs.push(pPr && /<w:pStyle\s+w:val="([^"]*)"/.exec(pPr)?.[1]);
    } else {
      const cell = inCell[inCell.length - 1];
      return marked(m, inner, sheet, paragraphs[paragraphs.length - 1], cell?.props, cell?.shade ?? 0, keyColour);
    }
    return m;
  });
}

function marked(
  run: string,
  inner: string,
  sheet: StyleSheet | null,
  pStyle: string | undefined,
  table: Props | undefined,
  cellShade: number,
  keyColour: KeyColour,
): string {
  const rPr = RUN_PR.exec(inner.replace(PR_CHANGE, ''))?.[1] ?? '';
  const rStyle = /<w:rStyle\s+w:val="([^"]*)"/.exec(rPr)?.[1];
  const marks =
    marksOf({ ...(sheet ? styleProps(sheet, pStyle, rStyle, table) : {}), ...propsOf(rPr) }, keyColour) |
    shaded(rPr) |
    cellShade;
  if (!marks) return run;
  return run.replace(TEXT, (_, a: string, text: string, z: string) => `${a}${markedText(text, marks)}${z}`);
}

/** A run's text wrapped in the characters of its marks. Underlined spaces are a blank to fill in:
 * drawn as ______ (keyless, unless an answer line gives the key). */
export function markedText(text: string, marks: number): string {
  if (!marks) return text;
  if (/[^\s\u3000]/.test(text)) return `${String.fromCharCode(OPEN + marks)}${text}${CLOSE}`;
  return marks & UNDERLINE && text ? '______' : text;
}

/** A line's text without the mark characters, and the marks of each of its characters. */
export interface MarkedLine {
  text: string;
  marks: number[];
}

export function readMarks(line: string): MarkedLine {
  let text = '';
  const marks: number[] = [];
  let now = 0;
  for (const c of line) {
    const code = c.charCodeAt(0);
    if (c === CLOSE) now = 0;
    else if (code >= OPEN && code < OPEN + 0xff) now = code - OPEN;
    else {
      text += c;
      for (let k = 0; k < c.length; k++) marks.push(now);
    }
  }
  return { text, marks };
}

export const withoutMarks = (s: string) => s.replace(MARK_CHAR, '');

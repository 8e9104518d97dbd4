// The run properties a table style gives the text in its cells (word/styles.xml, w:type="table"):
// the style's own properties for the whole table, then those of its first/last row and column
// (w:tblStylePr) where the table's w:tblLook turns them on. Word puts them under the paragraph and
// character styles ([ECMA-376] 17.7.2), so a red or bold that only a table style gives is one the
// reader sees like any other: an option red by the table's first column is marked, and a bank
// bold all through by its table style has no bold key. Banded rows and columns are not read.
import { propsOf, type Props } from './word-style-marks.js';

type Part = 'firstRow' | 'lastRow' | 'firstCol' | 'lastCol';
type TableStyle = { basedOn?: string; whole: Props; parts: Partial<Record<Part, Props>> };
export type TableStyles = { styles: Map<string, TableStyle>; defaultId?: string };

const STYLE = /<w:style\b([^>]*w:type="table"[^>]*)>([\s\S]*?)<\/w:style>/g;
const PART = /<w:tblStylePr\s+w:type="(\w+)"[^>]*>([\s\S]*?)<\/w:tblStylePr>/g;
const RPR = /<w:rPr(?:\s[^>]*)?>([\s\S]*?)<\/w:rPr>/;
const attr = (s: string, name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(s)?.[1];

export function readTableStyles(xml: string | null | undefined): TableStyles {
  const out: TableStyles = { styles: new Map() };
  for (const [, attrs, body] of (xml ?? '').matchAll(STYLE)) {
    const id = attr(attrs!, 'styleId');
    if (!id) continue;
    const parts: TableStyle['parts'] = {};
    for (const [, type, part] of body!.matchAll(PART))
      if (/^(firstRow|lastRow|firstCol|lastCol)$/.test(type!))
        parts[type as Part] = propsOf(RPR.exec(part!)?.[1] ?? '');
    const own = body!.replace(PART, '');
    const basedOn = /<w:basedOn\s+w:val="([^"]*)"/.exec(own)?.[1];
    out.styles.set(id, { basedOn, whole: propsOf(RPR.exec(own)?.[1] ?? ''), parts });
    if (/^(1|true|on)$/.test(attr(attrs!, 'default') ?? '')) out.defaultId = id;
  }
  return out;
}

/** Which parts the table's w:tblLook turns on (attributes, or the older hex w:val). */
function lookOf(tblPr: string): Set<Part> {
  const look = /<w:tblLook\b([^>]*)>/.exec(tblPr)?.[1] ?? '';
  const hex = parseInt(attr(look, 'val') ?? '0', 16) || 0;
  const flag = (name: string, bit: number) => {
    const v = attr(look, name);
    return v === undefined ? (hex & bit) !== 0 : /^(1|true|on)$/.test(v);
  };
  const on = new Set<Part>();
  if (flag('firstRow', 0x20)) on.add('firstRow');
  if (flag('lastRow', 0x40)) on.add('lastRow');
  if (flag('firstColumn', 0x80)) on.add('firstCol');
  if (flag('lastColumn', 0x100)) on.add('lastCol');
  return on;
}

type Table = { style?: string; look: Set<Part>; rows: number[] };
const TOKEN =
  /<w:tbl>|<w:tbl\s[^>]*>|<\/w:tbl>|<w:tblPr>([\s\S]*?)<\/w:tblPr>|<w:tr\b[^>]*?(?<!\/)>|<w:tc\b[^>]*?(?<!\/)>/g;

/** Per cell of document.xml (each <w:tc> in order): the run properties its table style gives. */
export function cellProps(xml: string, sheet: TableStyles): Props[] {
  const cells: { table: Table; row: number; col: number }[] = [];
  const stack: Table[] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const t = m[0];
    const top = stack[stack.length - 1];
    if (t.startsWith('<w:tbl>') || t.startsWith('<w:tbl ')) stack.push({ look: new Set(), rows: [] });
    else if (t === '</w:tbl>') stack.pop();
    else if (t.startsWith('<w:tblPr>') && top) {
      top.style = /<w:tblStyle\s+w:val="([^"]*)"/.exec(m[1]!)?.[1];
      top.look = lookOf(m[1]!);
    } else if (t.startsWith('<w:tr') && top) top.rows.push(0);
    else if (t.startsWith('<w:tc') && top && top.rows.length) {
      const row = top.rows.length - 1;
      cells.push({ table: top, row, col: top.rows[row]! });
      top.rows[row] = top.rows[row]! + 1;
    }
  }
  return cells.map(({ table, row, col }) => {
    const layers = chain(sheet, table.style ?? sheet.defaultId);
    const on = (p: Part, here: boolean) => (here && table.look.has(p) ? layers.map((l) => l.parts[p] ?? {}) : []);
    return Object.assign(
      {},
      ...layers.map((l) => l.whole),
      ...on('firstCol', col === 0),
      ...on('lastCol', col === table.rows[row]! - 1),
      ...on('firstRow', row === 0),
      ...on('lastRow', row === table.rows.length - 1),
    ) as Props;
  });
}

/** A table style under the styles it is based on (a loop is cut off). */
function chain(sheet: TableStyles, id: string | undefined): TableStyle[] {
  const out: TableStyle[] = [];
  const seen = new Set<string>();
  for (let s = id; s && !seen.has(s); s = sheet.styles.get(s)?.basedOn) {
    seen.add(s);
    const style = sheet.styles.get(s);
    if (style) out.unshift(style);
  }
  return out;
}

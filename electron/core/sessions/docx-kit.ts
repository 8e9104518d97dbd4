// Small helpers over the `docx` library for session documents: SimSun body text, headings,
// page breaks, simple tables, and packing to a base64 ExportFile.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportFile } from '../../contract/api.js';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
const HEI = { ascii: 'SimHei', eastAsia: 'SimHei', hAnsi: 'SimHei' };
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ParaOpts {
  bold?: boolean;
  center?: boolean;
  right?: boolean;
  size?: number;
  indent?: 'first' | 'left';
  heading?: 1 | 2;
  italic?: boolean;
  pageBreakBefore?: boolean;
  spacingAfter?: number;
}

export function para(text: string, o: ParaOpts = {}): Paragraph {
  return new Paragraph({
    ...(o.heading ? { heading: o.heading === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 } : {}),
    ...(o.center ? { alignment: AlignmentType.CENTER } : o.right ? { alignment: AlignmentType.RIGHT } : {}),
    ...(o.indent === 'first' ? { indent: { firstLine: 480 } } : o.indent === 'left' ? { indent: { left: 480 } } : {}),
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
    spacing: { after: o.spacingAfter ?? 100, line: 360 },
    children: [
      new TextRun({
        text,
        bold: o.bold ?? false,
        italics: o.italic ?? false,
        font: o.heading ? HEI : FONT,
        size: o.size ?? (o.heading === 1 ? 32 : o.heading === 2 ? 28 : 24),
      }),
    ],
  });
}

/** A run of a rich paragraph: underlined additions, struck-through deletions, colours. */
export interface RichRun {
  text: string;
  bold?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** Hex colour without '#'. */
  color?: string;
}

/** A body paragraph made of differently formatted runs (for marked-up differences). */
export function richPara(runs: RichRun[], o: Pick<ParaOpts, 'indent' | 'spacingAfter'> = {}): Paragraph {
  return new Paragraph({
    ...(o.indent === 'first' ? { indent: { firstLine: 480 } } : o.indent === 'left' ? { indent: { left: 480 } } : {}),
    spacing: { after: o.spacingAfter ?? 100, line: 360 },
    children: runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold ?? false,
          strike: r.strike ?? false,
          ...(r.underline ? { underline: {} } : {}),
          ...(r.color ? { color: r.color } : {}),
          font: FONT,
          size: 24,
        }),
    ),
  });
}

export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

/** A bordered two-or-more column table of plain text cells; the first row is bold. */
export function table(rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map(
            (c) =>
              new TableCell({
                children: c
                  .split('\n')
                  .map(
                    (line) =>
                      new Paragraph({ children: [new TextRun({ text: line, font: FONT, size: 22, bold: r === 0 })] }),
                  ),
              }),
          ),
        }),
    ),
  });
}

export async function packDocx(name: string, title: string, children: (Paragraph | Table)[]): Promise<ExportFile> {
  const buf = await Packer.toBuffer(new Document({ creator: '学习书架', title, sections: [{ children }] }));
  return { name, mimeType: DOCX_MIME, dataBase64: buf.toString('base64') };
}

/** A file name without characters Windows refuses. */
export function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || '学习专题';
}

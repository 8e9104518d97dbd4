// The text lines of a PDF bank, page by page, from pdf.js's text items (via unpdf): items on one
// baseline make one line (options set two to a line or in table columns stay on their line), a
// gap wider than a third of a character becomes a space, and each line keeps how far right it
// reaches, so a line wrapped at the margin can be joined to the next (pdf-bank-text.ts).
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';

export type PdfLine = { text: string; right: number; size: number };

type Item = { str: string; transform: number[]; width: number; height: number };

/** The space a Word processor sets between Chinese and digits (年 10 月) is typesetting, not text:
 * pdf.js writes it into the item as a space. */
const CJK_DIGIT_SPACE = /(?<=[\u4e00-\u9fff])\s(?=\d)|(?<=\d)\s(?=[\u4e00-\u9fff])/g;

function linesOf(items: Item[]): PdfLine[] {
  const out: PdfLine[] = [];
  let line: (PdfLine & { y: number }) | null = null;
  for (const it of items) {
    if (!it.str) continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const size: number = it.height || Math.hypot(it.transform[2]!, it.transform[3]!) || line?.size || 10;
    const blank = !it.str.trim();
    if (!line || Math.abs(y - line.y) > Math.max(line.size, size) * 0.4) {
      if (blank) continue;
      line = { text: '', right: x, size, y };
      out.push(line);
    }
    const gap = x - line.right > line.size / 3;
    if (blank || gap) {
      if (line.text && !/\s$/.test(line.text)) line.text += ' ';
      if (blank) continue;
    }
    line.text += it.str.replace(CJK_DIGIT_SPACE, '');
    line.right = Math.max(line.right, x + it.width);
  }
  return out.map(({ text, right, size }) => ({ text: text.trim(), right, size })).filter((l) => l.text);
}

export class PdfUnreadable extends Error {}

export type PdfPages = {
  pages: PdfLine[][];
  /** Pages (0-based) of at most a few lines that paint an image: perhaps a page scanned or pasted
   * as a picture, its own lines only a page number or running head (pdf-bank-text.ts decides). */
  images: Set<number>;
};

/** Lines of every page; throws PdfUnreadable for a damaged or encrypted file. */
export async function readPdfLines(bytes: Uint8Array): Promise<PdfPages> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { OPS } = await getResolvedPDFJS();
    const paints = new Set<number>([
      OPS.paintImageXObject,
      OPS.paintInlineImageXObject,
      OPS.paintImageMaskXObject,
      OPS.paintImageXObjectRepeat,
    ]);
    const pages: PdfLine[][] = [];
    const images = new Set<number>();
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const { items } = await page.getTextContent();
      const lines = linesOf(items.filter((i) => 'str' in i) as Item[]);
      pages.push(lines);
      // Only pages with next to no text are looked at for images: a page of items costs nothing.
      if (lines.length <= 3 && (await page.getOperatorList()).fnArray.some((f) => paints.has(f))) images.add(p - 1);
      page.cleanup();
    }
    await pdf.destroy();
    return { pages, images };
  } catch {
    throw new PdfUnreadable();
  }
}

// The text lines of a PDF bank, page by page, built from pdf.js's text items (via unpdf) as the
// document reader builds them (content/formats/pdf-items.ts: options set two to a line or in table
// columns stay on their line); each keeps how far right it reaches, so a line wrapped at the margin
// can be joined to the next (pdf-bank-text.ts).
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { pageLines, type PdfItem } from '../content/formats/pdf-items.js';

export type PdfLine = { text: string; right: number; size: number };

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
      const lines = pageLines(
        items.flatMap((i): PdfItem[] => ('str' in i ? [i] : [])),
        p - 1,
        [],
      ).map((l) => ({ text: l.text, right: l.xEnd, size: l.size }));
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

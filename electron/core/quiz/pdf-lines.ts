// The text lines of a PDF bank, page by page, from pdf.js's text items (via unpdf): items on one
// baseline make one line (options set two to a line or in table columns stay on their line), a
// gap wider than a third of a character becomes a space, and each line keeps how far right it
// reaches, so a line wrapped at the margin can be joined to the next (pdf-bank-text.ts).
import { getDocumentProxy } from 'unpdf';

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

/** Lines of every page; throws PdfUnreadable for a damaged or encrypted file. */
export async function readPdfLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const { items } = await page.getTextContent();
      pages.push(linesOf(items.filter((i) => 'str' in i) as Item[]));
      page.cleanup();
    }
    await pdf.destroy();
    return pages;
  } catch {
    throw new PdfUnreadable();
  }
}

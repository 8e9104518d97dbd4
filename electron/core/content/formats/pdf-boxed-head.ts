// A text box is drawn after the text it floats over: Word and LibreOffice write a box anchored at the
// first paragraph (a speech's title, speaker and day set in a box) at the end of the page's content,
// so the text layer reads it last. Lines drawn last that all stand above the first page's first line
// are its head: they go back to the top, in their order.
import type { PdfLine } from './pdf-items.js';

export function liftBoxedHead(pages: PdfLine[][]): PdfLine[][] {
  const first = pages[0];
  if (!first || first.length < 3) return pages;
  const top = first[0]!.y;
  let from = first.length;
  while (from > 1 && first[from - 1]!.y > top + first[from - 1]!.size * 0.5) from--;
  // (The whole page above its first line is no box: that is a page read in another order.)
  if (from === first.length || from < 2) return pages;
  const boxed = first.slice(from).sort((a, b) => b.y - a.y);
  return [[...boxed, ...first.slice(0, from)], ...pages.slice(1)];
}

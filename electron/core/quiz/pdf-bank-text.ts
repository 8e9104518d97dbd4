// A PDF bank's lines as the text a typed bank would have: page numbers and running heads and feet
// dropped, and a line wrapped at the right margin (or over a page break) joined to its next line
// unless that line starts something of its own (an item, an option, an answer, a heading, a key).
import { runningKey } from '../content/formats/pdf-furniture.js';
import { PAGE_NUMBER_MARKED } from '../content/formats/pdf-pages.js';
import { unifyRadicals } from '../text/normalize.js';
import { paperLine } from './import-text-papers.js';
import type { PdfLine } from './pdf-lines.js';

/** At a page's first or last line, a bare number or `2/5` is its number too. */
const PAGE_NUMBER_EDGE = /^(?:\d{1,4}|\d{1,4}\s*[/／]\s*\d{1,4})$/;
/** Bank content never taken for furniture, however often it recurs at a page's edge. */
const CONTENT =
  /^(?:[A-HＡ-Ｈ]\s*[.．、:：)）]|[（(][A-HＡ-Ｈ][)）]|【?\s*(?:正确|参考|标准)?答案|\d{1,4}\s*[、．.](?!\d)|第\s*\d+\s*题)/;
/** A line that starts something (an item, option, answer, heading or key entry): never the
 * second half of a wrapped line. */
const START =
  /^(?:\d{1,4}\s*(?:[、．.:：\-－~～—]|[A-HＡ-Ｈ√×✓✗对错])|第\s*\d+\s*题|[（(]\s*\d|[A-HＡ-Ｈ]\s*[.．、:：)）]|[（(][A-HＡ-Ｈ][)）]|【|(?:正确|参考|标准)?答案|(?:您的|我的|你的|考生|学员)(?:答案|选择|作答)|考生作答|(?:本题)?得分\s*[:：]|(?:材料|案例)[一二三四五六七八九十\d]{0,3}\s*[:：]|解析|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分|(?:单项|多项|不定项)?(?:选择|判断|填空|简答|问答|论述|单选|多选|是非)题)/;

const isPageNumber = (l: PdfLine) => PAGE_NUMBER_MARKED.test(l.text) || PAGE_NUMBER_EDGE.test(l.text);

/** Drops page numbers, then lines that recur at the same edge of at least two pages and half of
 * them (a bank of two pages has its running head twice). */
export function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  // A page whose only line is its number (a page of pictures) loses it too.
  const out = pages.map((lines) => {
    const copy = [...lines];
    if (copy.length && isPageNumber(copy[copy.length - 1]!)) copy.pop();
    if (copy.length > 1 && isPageNumber(copy[0]!)) copy.shift();
    return copy;
  });
  if (pages.length < 2) return out;
  for (let round = 0; round < 2; round++)
    for (const edge of [0, -1] as const) {
      const count = new Map<string, number>();
      for (const lines of out) {
        const line = lines.at(edge);
        if (line && !CONTENT.test(line.text)) count.set(runningKey(line), (count.get(runningKey(line)) ?? 0) + 1);
      }
      for (const [key, n] of count) {
        if (n < 2 || n * 2 < pages.length) continue;
        for (const lines of out)
          if (lines.at(edge) && runningKey(lines.at(edge)!) === key) lines.splice(edge === 0 ? 0 : lines.length - 1, 1);
      }
    }
  return out;
}

/** Pages (0-based) left without text between pages with text that paint an image: a page scanned
 * or pasted as a picture, whose items cannot be read. */
export function picturedPages(clean: PdfLine[][], images: Set<number>): number[] {
  const first = clean.findIndex((l) => l.length);
  const last = clean.findLastIndex((l) => l.length);
  return [...images].filter((i) => i > first && i < last && !clean[i]!.length).sort((a, b) => a - b);
}

/** The text of the bank (pages without their furniture): one line per typed line. */
export function joinLines(clean: PdfLine[][]): string {
  const lines = clean.flat();
  // The margin is where the longest lines end; a line ending within three characters of it was
  // wrapped there (left-aligned Chinese text ends ragged: a closing mark never starts a line, so
  // the character before it moves down too).
  const margin = Math.max(0, ...lines.map((l) => l.right));
  const out: string[] = [];
  let wrapped = false;
  for (const l of lines) {
    const text = unifyRadicals(l.text);
    // A paper's heading or its named key line (模拟卷一参考答案：…) starts a line of its own too.
    if (wrapped && !START.test(text) && !paperLine(text)) {
      const prev = out[out.length - 1]!;
      // Latin words broken at the margin keep a space between them; Chinese text does not.
      out[out.length - 1] = prev + (/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(text) ? ' ' : '') + text;
    } else out.push(text);
    wrapped = l.right >= margin - l.size * 3;
  }
  return out.join('\n');
}

export const bankText = (pages: PdfLine[][]) => joinLines(dropFurniture(pages));

// The marks a web page shows a piece of text with, as word-run-marks.ts reads them from a Word run:
// red font (style color, <font color>), highlight (background, mso-highlight, <mark>), bold and
// underline. Read from the inline elements around the text (the nearest one that sets a property
// decides, as the browser draws it); a block's colour or background is layout, not a key.
import { isBlock, type DomNode, type El } from '../content/formats/html-dom.js';
import { BOLD, HIGHLIGHT, isRed, markedText, RED, UNDERLINE } from './word-run-marks.js';

const NAMED: Record<string, string> = { red: 'FF0000', crimson: 'DC143C', firebrick: 'B22222', white: 'FFFFFF' };

/** A CSS or HTML colour as RRGGBB, or null (transparent, inherit, an unknown name). */
function hex(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (NAMED[v]) return NAMED[v]!;
  let m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return m[1]!.toUpperCase();
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (m) return (m[1]! + m[1]! + m[2]! + m[2]! + m[3]! + m[3]!).toUpperCase();
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(v);
  if (m && (m[4] === undefined || Number(m[4]) > 0))
    return [m[1], m[2], m[3]]
      .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  return null;
}

function styleOf(el: El): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (el.getAttribute('style') ?? '').split(';')) {
    const at = decl.indexOf(':');
    if (at > 0)
      out.set(
        decl.slice(0, at).trim().toLowerCase(),
        decl
          .slice(at + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return out;
}

/** Red, highlight, bold, underline: each as the nearest inline element that sets it says. */
function marksOf(text: DomNode): number {
  let red: boolean | undefined, highlight: boolean | undefined, bold: boolean | undefined;
  let underline = false;
  for (let el = text.parentNode as El | null; el && el.nodeType === 1; el = el.parentNode as El | null) {
    if (isBlock(el) || /^(TD|TH|BODY|HTML)$/.test(el.tagName)) break;
    const style = styleOf(el);
    const color = style.get('color') ?? el.getAttribute('color');
    if (red === undefined && color) red = isRed(hex(color));
    const back = style.get('mso-highlight') ?? style.get('background-color') ?? style.get('background');
    if (highlight === undefined && back !== undefined) {
      const c = hex(back.split(/\s+/)[0] ?? '');
      highlight = style.has('mso-highlight') ? back !== 'none' : !!c && c !== 'FFFFFF';
    }
    if (highlight === undefined && el.tagName === 'MARK') highlight = true;
    const weight = style.get('font-weight');
    if (bold === undefined && weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    if (bold === undefined && (el.tagName === 'B' || el.tagName === 'STRONG')) bold = true;
    if (el.tagName === 'U' || /underline/.test(style.get('text-decoration') ?? style.get('text-decoration-line') ?? ''))
      underline = true;
  }
  return (red ? RED : 0) | (highlight ? HIGHLIGHT : 0) | (bold ? BOLD : 0) | (underline ? UNDERLINE : 0);
}

/** How to write a text node with its marks, or null when it has none. */
export function textMarks(text: DomNode): ((s: string) => string) | null {
  const marks = marksOf(text);
  return marks ? (s) => markedText(s, marks) : null;
}

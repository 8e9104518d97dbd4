// A slide deck's closing slide: a thank-you said to the room on a page of its own (`谢谢大家！`, `谢谢！`). Said to no
// one in the text, it leaves the deck; a speech's closing `谢谢大家！` in its last paragraph stays. The PDF side is
// `dropClosingSlide` (pdf-endnotes.ts), which needs the line in larger type than the text's.
import { unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';

/** A thank-you said to the room (`谢谢大家！`, `谢谢各位`, `谢谢！`, `请批评指正`). */
export const COURTESY = /^(?:谢谢|感谢)(?:大家|各位|您)?[！!。.]*$|^(?:敬)?请(?:各位)?批评指正[！!。.]*$/;

type Node = {
  getElementsByTagName(n: string): Node[];
  textContent: string | null;
  getAttribute(n: string): string | null;
};

const textOf = (p: Node) =>
  p
    .getElementsByTagName('w:t')
    .map((t) => t.textContent ?? '')
    .join('');
const breaksPage = (p: Node) =>
  p.getElementsByTagName('w:br').some((b) => b.getAttribute('w:type') === 'page') ||
  p.getElementsByTagName('w:pageBreakBefore').length > 0;

/** The body's last paragraph of a .docx when it is a thank-you set on a page of its own (a page break between it
 * and the text before it), else null. */
export function docxClosingSlide(bytes: Uint8Array): string | null {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  } catch {
    return null;
  }
  if (!xml) return null;
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), 'text/xml') as unknown as Node;
  const paras = [...doc.getElementsByTagName('w:p')];
  const texts = paras.map((p) => textOf(p).trim());
  const last = texts.findLastIndex((t) => t);
  if (last < 1 || !COURTESY.test(texts[last]!.replace(/\s+/g, ''))) return null;
  const before = texts.findLastIndex((t, i) => i < last && t);
  if (before < 0) return null;
  return paras.slice(before + 1, last + 1).some(breaksPage) ? texts[last]! : null;
}

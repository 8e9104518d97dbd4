// An element's visible text, apart from html-dom.ts: the text cleaner (html-source.ts) needs it for
// pages, and importing it from html-dom.ts loaded linkedom for every plain-text import too.
import type { DomNode } from './dom-types.js';

/** Visible text of an element, whitespace collapsed. */
export function textOf(el: DomNode | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

// DOM helpers for the HTML reader (linkedom: a light DOM in plain Node): parsing, removing what
// never belongs to an article (scripts, hidden elements, form controls) while keeping what forms
// wrap, and turning an element into text lines. All walks are iterative and linear, so deep or
// huge pages cannot overflow the stack or go quadratic.
import { parseHTML } from 'linkedom';

export type { Doc, DomNode, El } from './dom-types.js';
import type { Doc, DomNode, El } from './dom-types.js';
import { inlineEmbeddedMarkup } from './html-embedded.js';
import { textOf } from './dom-text.js';

export { textOf };

export function parseDocument(html: string): Doc {
  // linkedom needs a full document; a fragment is wrapped so <body> exists.
  const full = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(full).document as unknown as Doc;
  settleRoot(doc);
  return doc;
}

const HEAD_TAGS = new Set(['META', 'TITLE', 'STYLE', 'LINK', 'BASE', 'SCRIPT', 'NOSCRIPT']);

/** `<head>` and `<body>` are optional tags, and savers that minify (SingleFile) leave them out:
 * linkedom then keeps `<meta>`, `<title>` and the page's blocks as children of `<html>`, and its
 * `document.body` makes a new, empty body. The page is set as a browser reads it: head elements
 * before the first block go to `<head>`, everything else to one `<body>` right after it. */
function settleRoot(doc: Doc): void {
  const root = doc.documentElement;
  const kids = [...(root?.children ?? [])];
  if (!root || (kids[0]?.tagName === 'HEAD' && kids[1]?.tagName === 'BODY')) return;
  const head = kids.find((k) => k.tagName === 'HEAD') ?? doc.createElement('head');
  const body = kids.find((k) => k.tagName === 'BODY') ?? doc.createElement('body');
  const before: DomNode[] = [];
  let inBody = false;
  for (const n of [...root.childNodes]) {
    if (n === head) continue;
    if (n === body) {
      inBody = true;
      continue;
    }
    const tag = n.nodeType === 1 ? (n as El).tagName : null;
    // Blank text and comments (a saver's note) stay where they are.
    const loose = !tag && (n.nodeType === 8 || !(n.textContent ?? '').trim());
    if (!inBody && !before.length && (loose || HEAD_TAGS.has(tag!))) {
      if (tag) head.appendChild(n);
    } else if (inBody) body.appendChild(n);
    else before.push(n);
  }
  body.prepend(...before);
  root.prepend(head);
  head.after(body);
}

const NEVER =
  'script,style,noscript,iframe,svg,canvas,template,object,embed,button,select,input,textarea,option,map,audio,video';

/** Removes non-content elements; unwraps <form> (government CMS pages wrap the whole page in one). */
export function precleanDocument(doc: Doc): void {
  inlineEmbeddedMarkup(doc);
  for (const el of [...doc.querySelectorAll(NEVER)]) el.remove();
  for (const form of [...doc.querySelectorAll('form')]) {
    const div = doc.createElement('div');
    div.className = 'form-unwrapped';
    while (form.firstChild) div.appendChild(form.firstChild);
    form.replaceWith(div);
  }
  for (const el of [...doc.querySelectorAll('[style],[hidden],[aria-hidden="true"]')]) {
    const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    // WeChat hides #js_content with visibility:hidden until its script runs: that is the article.
    if (el.id === 'js_content' || el.classList.contains('rich_media_content')) {
      el.removeAttribute('style');
      continue;
    }
    if (el.hasAttribute('hidden') || style.includes('display:none') || el.getAttribute('aria-hidden') === 'true')
      el.remove();
  }
}

const BLOCK = new Set(
  'P DIV SECTION ARTICLE MAIN LI UL OL H1 H2 H3 H4 H5 H6 TR TABLE TBODY THEAD BLOCKQUOTE PRE CENTER DD DT DL HEADER FOOTER ASIDE NAV FIGURE FIGCAPTION FORM ADDRESS HR'.split(
    ' ',
  ),
);

export function isBlock(el: DomNode): boolean {
  return el.nodeType === 1 && BLOCK.has((el as El).tagName);
}

// A private-use character marks an inline element's edge while the text is built.
const EDGE = '\ue000';
const DIGIT_EDGE = /(\d)\ue000+(?=\d)/g;

/** Text lines of an element: block boundaries and <br> become line breaks. Iterative walk.
 * `apart`: digits on both sides of an inline element's edge are kept apart by a space (新华网's
 * `<span class="year">2026</span><span class="day">03/09</span>` is no number `202603`). */
export function textLines(root: DomNode, apart = false): string[] {
  let out = '';
  const stack: (DomNode | 'close' | 'edge')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'close') {
      out += '\n';
      continue;
    }
    if (node === 'edge') {
      out += EDGE;
      continue;
    }
    if (node.nodeType === 3) {
      // Source line breaks inside running text render as spaces (`字号：<a>A</a>\n  <a>A+</a>`,
      // `责任编辑:\n  刘响`); only <pre> keeps them.
      const v = node.nodeValue ?? '';
      const parent = node.parentNode as El | null;
      out += parent?.nodeType === 1 && parent.closest('pre') ? v : v.replace(/[\r\n]+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as El;
    if (el.tagName === 'BR') {
      out += '\n';
      continue;
    }
    // Table cells on one row stay on one line, separated by a space.
    if (el.tagName === 'TD' || el.tagName === 'TH') out += ' ';
    const block = isBlock(el);
    if (block) {
      out += '\n';
      stack.push('close');
    } else if (apart) {
      out += EDGE;
      stack.push('edge');
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  if (apart) out = out.replace(DIGIT_EDGE, '$1 ').replaceAll(EDGE, '');
  return out
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter(Boolean);
}

/** Elements in document order (iterative, no recursion). */
export function* walk(root: El): Generator<El> {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: El): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return linked / total;
}

/** `id` and `class` of an element, lower-cased, for pattern tests. */
export function idClass(el: El): string {
  return `${el.id ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();
}

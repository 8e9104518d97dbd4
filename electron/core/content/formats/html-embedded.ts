// Article markup a page holds as something other than its own elements: an <iframe srcdoc>, a
// hidden <textarea> a script copies into the page (`el.innerHTML = textarea.value`), a
// `<script type="text/html">` template a template engine renders (art-template, jsrender), or the
// <noscript> fallback of a page a script renders. Each is put back as a plain <div> of that markup
// before form controls, frames and noscripts are dropped, when it holds running text (a sentence
// in a paragraph, 40 Chinese characters); a tracking pixel, a `请开启JavaScript` notice or a form's
// textarea stays out.
import type { Doc, El } from './dom-types.js';

const MARKUP = /<(?:p|div|br|section|span|h[1-6])[\s/>]/i;
/** Script types that hold markup for a template engine, not code. */
const TEMPLATE = /^text\/(?:html|(?:x-)?template|x-[\w.-]*(?:template|tmpl|tpl))$/i;
const SENTENCE = /[\u4e00-\u9fff][^。！？]{8,}[。！？]/;

function asDiv(doc: Doc, el: El, markup: string): void {
  const div = doc.createElement('div');
  div.className = `embedded-${el.tagName.toLowerCase()}`;
  div.innerHTML = markup;
  const text = div.textContent ?? '';
  if (!SENTENCE.test(text) || (text.match(/[\u4e00-\u9fff]/g) ?? []).length < 40) return;
  el.replaceWith(div);
}

/** The text a textarea holds, entities decoded (linkedom keeps them as typed). */
function decoded(doc: Doc, raw: string): string {
  const probe = doc.createElement('div');
  probe.innerHTML = raw.replace(/</g, '&lt;');
  return probe.textContent ?? '';
}

export function inlineEmbeddedMarkup(doc: Doc): void {
  for (const frame of [...doc.querySelectorAll('iframe[srcdoc]')]) {
    const src = frame.getAttribute('srcdoc') ?? '';
    const body = /<body[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(src);
    if (MARKUP.test(src)) asDiv(doc, frame, body ? body[1]! : src);
  }
  for (const area of [...doc.querySelectorAll('textarea')]) {
    const value = decoded(doc, area.textContent ?? '');
    if (MARKUP.test(value)) asDiv(doc, area, value);
  }
  for (const script of [...doc.querySelectorAll('script[type]')]) {
    const markup = script.textContent ?? '';
    if (TEMPLATE.test((script.getAttribute('type') ?? '').trim()) && MARKUP.test(markup)) asDiv(doc, script, markup);
  }
  for (const ns of [...doc.querySelectorAll('noscript')]) {
    if (ns.querySelector('p,div')) asDiv(doc, ns, ns.innerHTML);
  }
}

// Article markup a page holds as something other than its own elements: an <iframe srcdoc>, a
// hidden <textarea> a script copies into the page (`el.innerHTML = textarea.value`), a
// `<script type="text/html">` template a template engine renders (art-template, jsrender), or the
// <noscript> fallback of a page a script renders; a video page's 文字稿 tab panel, hidden until its tab
// is clicked. Each is put back as a plain <div> of that markup
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

/** A tab that shows a video's text (`文字稿`, `文字实录`, `视频文稿`); not `全文`, which many
 * pages link to for other reasons. */
const TRANSCRIPT_TAB = /^(?:视频)?(?:文字稿|文稿|文字实录|文字版)$/;

/** A tab panel hidden until its tab is clicked (`style="display:none"`, `hidden`) on a page with a
 * 文字稿 tab: shown when it holds running text in paragraphs, as the transcript it is. */
function showTranscriptPanels(doc: Doc): void {
  const tabs = [...doc.querySelectorAll('span,li,a,div,h3,h4')].filter(
    (el) =>
      !el.children.length &&
      TRANSCRIPT_TAB.test((el.textContent ?? '').replace(/\s+/g, '')) &&
      // One of a strip of tabs (`视频简介　文字稿`), not a label alone.
      (el.parentElement?.children.length ?? 0) >= 2,
  );
  if (!tabs.length) return;
  let shown = false;
  for (const el of [...doc.querySelectorAll('[style],[hidden]')]) {
    const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (!el.hasAttribute('hidden') && !style.includes('display:none')) continue;
    const paras = [...el.querySelectorAll('p')].filter((p) => SENTENCE.test(p.textContent ?? ''));
    if (paras.length < 2 || ((el.textContent ?? '').match(/[\u4e00-\u9fff]/g) ?? []).length < 40) continue;
    el.removeAttribute('hidden');
    el.removeAttribute('style');
    shown = true;
  }
  // The strip of tabs (`视频简介　文字稿`) is the page's controls, not the text.
  for (const tab of shown ? tabs : []) {
    const strip = tab.parentElement;
    if (strip && strip.children.length >= 2 && (strip.textContent ?? '').trim().length <= 30) strip.remove();
  }
}

export function inlineEmbeddedMarkup(doc: Doc): void {
  showTranscriptPanels(doc);
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

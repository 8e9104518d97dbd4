// An article a page keeps whole only in its script's data (Next.js's `__NEXT_DATA__`, a Vue page's
// `window.__INITIAL_STATE__`, an app's own variable), its rendered shell holding a loading line, a teaser
// and `阅读全文`, or nothing: the data object whose title is the page's headline holds the text as its
// longest string (markup by paragraph, or plain lines). Only that object is read: a list of related
// articles beside it describes other pages.
import { parseDocument } from './html-dom.js';
import { headlineObject, scriptObjects } from './html-script-data.js';

const SENTENCE = /[。！？]/;
/** Where a block of the stored markup ends. */
const BLOCK_END = /<(?:br\s*\/?|\/p|\/div|\/h[1-6]|\/li|\/section|\/blockquote)\s*>/gi;

/** The article's paragraphs from the script data holding the headline, or null. */
export function scriptArticle(html: string, headline: string | null): string[] | null {
  if (!headline) return null;
  const probe = headline.trim().slice(0, 8);
  for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    if (!script.includes(probe)) continue;
    for (const obj of scriptObjects(script)) {
      const own = headlineObject(obj, headline);
      const text = Object.values(own ?? {})
        .filter((v): v is string => typeof v === 'string')
        .sort((a, b) => b.length - a.length)[0];
      if (!text || text.length < 100 || !SENTENCE.test(text)) continue;
      const plain = /<[a-z][^>]*>/i.test(text)
        ? (parseDocument(`<html><body>${text.replace(BLOCK_END, '\n')}</body></html>`).body?.textContent ?? '')
        : text;
      return plain
        .split('\n')
        .map((l) => l.replace(/[\s\u3000\u00a0]+/g, ' ').trim())
        .filter(Boolean);
    }
  }
  return null;
}

// A page's <meta> tags by lower-cased name (name, property or itemprop), the first of each kept.
import type { Doc } from './html-dom.js';

export function metas(doc: Doc): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (
      el.getAttribute('name') ??
      el.getAttribute('property') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !m.has(key)) m.set(key, content);
  }
  return m;
}

// .html/.htm (and HTML sniffed from content): page metadata from the whole document, the article
// body via Readability with a density fallback, kept as plain text lines only (no markup survives:
// scripts, styles, hidden elements and form controls are removed before extraction). The headline
// goes to the title hint, never into the body; 引题 and 副标题 stay as the first lines.
import { dateOnlyLine } from '../dates.js';
import { isByline } from '../header.js';
import { parseDocument, precleanDocument, textOf, type El } from './html-dom.js';
import { extractBody } from './html-body.js';
import { readPageMeta } from './html-meta.js';
import type { RawSource } from './types.js';

export function readHtml(name: string, html: string): RawSource[] {
  const doc = parseDocument(html);
  precleanDocument(doc);
  const meta = readPageMeta(doc, html);
  const heads = [meta.title, meta.kicker, meta.subtitle].filter((x): x is string => !!x);
  const furniture = speechFurniture(meta.titleEl);
  meta.titleEl?.remove();
  const body = extractBody(doc, heads);
  const top = [meta.kicker, meta.subtitle].filter((x): x is string => !!x);
  top.push(...furniture);
  return [
    {
      text: [...top, ...body.lines].join('\n'),
      kind: 'blocks',
      hints: {
        ...(meta.title ? { title: meta.title } : {}),
        ...(meta.date ? { date: meta.date } : {}),
        ...(meta.source ? { source: meta.source } : {}),
        ...(meta.site ? { site: meta.site } : {}),
      },
      headings: top,
      removed: body.removed,
      origin: name,
    },
  ];
}

/** Byline and date lines right under a speech title (extractors drop bylines): kept for the header
 * reader, which turns them into speaker and date. */
function speechFurniture(titleEl: El | null): string[] {
  const out: string[] = [];
  let sib = titleEl?.nextElementSibling ?? null;
  for (let i = 0; sib && i < 3; i++) {
    const next = sib.nextElementSibling;
    const t = textOf(sib);
    if (!isByline(t) && !dateOnlyLine(t)) break;
    out.push(t);
    sib.remove();
    sib = next;
  }
  return out;
}

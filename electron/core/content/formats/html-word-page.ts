// A Word or WPS file saved as a web page (`<meta name=ProgId content=Word.Document>`), as county
// sites serve their `.doc` downloads: its <title> is the file's title property, which Word fills
// from a few first words or which names the office (`梧岗县人民政府办公室`), and then matches the
// 落款 line rather than the headline (a prefix of the headline is no better: the office begins
// it too). The document's own title line is read instead.
import type { Doc } from './dom-types.js';
import { textOf } from './dom-text.js';

const WORD_PAGE = /^(Word\.Document|Kingsoft|WPS)/i;

/** Removes a Word web page's <title> unless it is the text's first line, whole. */
export function dropWordPageTitle(doc: Doc): void {
  const progId =
    [...doc.querySelectorAll('meta[name]')]
      .find((m) => m.getAttribute('name')!.toLowerCase() === 'progid')
      ?.getAttribute('content') ?? '';
  const title = doc.querySelector('title');
  if (!title || !WORD_PAGE.test(progId.trim())) return;
  const first = [...doc.querySelectorAll('p')].map((p) => textOf(p).replace(/\s+/g, '')).find(Boolean) ?? '';
  const own = textOf(title).replace(/\s+/g, '');
  if (own !== first) title.remove();
}

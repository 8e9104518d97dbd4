// .html/.htm: main-content extraction with cheerio (a maintained, dependency-light parser that
// runs in plain Node). Scripts, styles, navigation, headers and footers are dropped; the densest
// text container is taken as the article, and block elements become lines.
import * as cheerio from 'cheerio';
import type { RawSource } from './types.js';

const DROP =
  'script,style,noscript,iframe,svg,canvas,form,nav,header,footer,aside,button,select,input,textarea,template';
const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,br,tr,section,article,blockquote,pre';

export function readHtml(name: string, html: string): RawSource[] {
  const $ = cheerio.load(html);
  $(DROP).remove();
  $(
    '[class*="nav"],[class*="footer"],[id*="footer"],[class*="share"],[class*="breadcrumb"],[class*="sidebar"]',
  ).remove();
  const title = ($('h1').first().text() || $('title').first().text()).replace(/\s+/g, ' ').trim();
  // Pick the element whose own paragraphs hold the most text: the article body.
  let best = $('article').first();
  if (!best.length) {
    let bestLen = 0;
    $('div,section,main,td').each((_, el) => {
      const len = $(el).children('p').text().replace(/\s+/g, '').length;
      if (len > bestLen) {
        bestLen = len;
        best = $(el);
      }
    });
  }
  if (!best.length) best = $('body');
  best.find(BLOCKS).each((_, el) => {
    $(el).prepend('\n').append('\n');
  });
  const text = best.text().replace(/[ \t]+\n/g, '\n');
  const body = title && !text.trimStart().startsWith(title) ? `${title}\n${text}` : text;
  return [{ text: body, kind: 'plain', hints: {}, origin: name }];
}

// A web page printed from the browser carries the tab's title in the print header, after the day and
// time: `2025/6/3 09:15	县委理论学习中心组举行……_南岭县人民政府`. The page's headline is that title
// without the site's name after `_`, `-`, `--` or `|`; the line of the text that reads so is the title,
// and the short lines above it (the site's masthead, its menu) are the page's, not the article's.
import { BROWSER_EDGE } from './pdf-furniture.js';

type Removed = { reason: string; text: string }[];

const squeeze = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** The headline candidates a tab title gives: the whole, then cut before each site part (a title's own
 * `2024-2025` keeps its hyphen in the longer cuts). */
function headlines(tab: string): string[] {
  const cuts = [...tab.matchAll(/\s*(?:_|--?|——|\||｜)\s*/g)].map((m) => squeeze(tab.slice(0, m.index)));
  return [squeeze(tab), ...cuts.reverse()].filter((t) => t.length >= 4);
}

/** The title a browser's print header names, found as a line near the top of the text, and the
 * text without it and without the masthead lines above it. */
export function printTitle(texts: string[], removed: Removed): { title: string; texts: string[] } | null {
  // (The print day and time, a tab, the tab's title.)
  const head = removed
    .filter((r) => r.reason === '页眉' && BROWSER_EDGE.test(r.text.trim()))
    .map((r) => r.text.trim().split('\t').slice(1).join(' '))
    .find(Boolean);
  if (!head) return null;
  const wanted = headlines(head);
  const at = texts.slice(0, 8).findIndex((t) => wanted.includes(squeeze(t)));
  if (at < 0) return null;
  const above = texts.slice(0, at);
  // Only a masthead and menu stand above a page's headline: short lines, no sentence.
  if (above.some((t) => t.length > 30 || /[。！？]/.test(t))) return null;
  removed.push(...above.map((text) => ({ reason: '网页页头', text })));
  return { title: texts[at]!.trim(), texts: texts.slice(at + 1) };
}

// A 简报 issue of several short items under one masthead (name, 期号, office and day): each item is a
// headline over a few paragraphs, and is a text of its own, dated and published as the issue is. The
// masthead left in clean (official-frame.ts, issue-header.ts); here the items are told apart.
import { isProse } from '../text/line-repair.js';
import { NUMBERED } from './outline.js';
import type { Article } from './split.js';

/** A headline: short, no sentence, no label's colon, no section number, no 纪要's or 简报's name. */
const headline = (l: string) =>
  l.length >= 6 &&
  l.length <= 40 &&
  !isProse(l) &&
  !/[。！？；：:]/.test(l) &&
  !NUMBERED.test(l) &&
  !/(?:纪要|简报|动态|专报)$/.test(l);
const SENTENCE_DONE = /[。！？][”’」』）)]?$/;

/** The issue's items (two or more), each headline first; null when the lines are one text. Every item
 * takes the file's office and day (not `own`). */
export function issueItems(lines: readonly string[]): Article[] | null {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  if (!text.length || !headline(text[0]!) || !isProse(text[1] ?? '')) return null;
  const items: string[][] = [];
  text.forEach((l, i) => {
    const starts = i === 0 || (headline(l) && SENTENCE_DONE.test(text[i - 1]!) && isProse(text[i + 1] ?? ''));
    if (starts) items.push([l]);
    else items.at(-1)!.push(l);
  });
  if (items.length < 2) return null;
  return items.map((ls) => ({ lines: ls, source: null, section: null }));
}

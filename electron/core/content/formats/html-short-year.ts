// `日期：26-03-07` with no time: whether the two digits are the year is not certain from the line
// alone (p16), but it is when the page names that year itself: its own address's year folder
// (`/xwdt/202603/…`, `/2026/…`, its month too when the folder has one) or its copyright line
// (`Copyright © 2026`, `© 2018-2026`, the range's end: the site's current year).
import { shortYearDay } from '../dates.js';
import type { Doc } from './dom-types.js';

const COPYRIGHT = /(?:©|Copyright|版权所有)\s*(?:&copy;|©)?\s*(?:(?:19|20)\d\d\s*[-–—~至]\s*)?((?:19|20)\d\d)(?!\d)/i;
const URL_YEAR = /\/((?:19|20)\d\d)(0[1-9]|1[0-2])?(?=\/)/;

export function confirmedShortYearDate(lines: string[], doc: Doc, url: string | null): string | null {
  const found = lines.map(shortYearDay).find(Boolean);
  if (!found) return null;
  const path = (url ?? '').replace(/^[a-z]+:\/\/[^/]+/i, '');
  const folder = URL_YEAR.exec(path);
  if (folder)
    return Number(folder[1]) === found.year && (!folder[2] || Number(folder[2]) === found.month) ? found.date : null;
  const copyright = COPYRIGHT.exec(doc.body?.textContent ?? '');
  return copyright && Number(copyright[1]) === found.year ? found.date : null;
}

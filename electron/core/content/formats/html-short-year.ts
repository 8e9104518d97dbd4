// `日期：26-03-07` with no time: whether the two digits are the year is not certain from the line
// alone (p16), but it is when the page names that year itself: its own address's year folder
// (`/xwdt/202603/…`, `/2026/…`, its month too when the folder has one) or its copyright line
// (`Copyright © 2026`, `© 2018-2026`, the range's end: the site's current year).
// A day printed with no year at all (百家号's `03-12 09:05`, `11月28日`) takes its year from a whole date the page
// declares of itself (a `dateUpdate` meta) only when that date's month and day are the printed ones.
import { parseDateValue, shortYearDay } from '../dates.js';
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

/** `03-12`, `3月12日`, `11-28 08:15`: a month and day with no year (not part of a longer date). */
const MONTH_DAY = /(?<![\d年/.-])(\d{1,2})(?:-|月)(\d{1,2})(?:日|(?=\D|$))/;

/** `metas`: the page's metas by lower-cased name; its update metas are the declared days. */
export function monthDayConfirmed(lines: string[], metas: Map<string, string>): string | null {
  const declared = ['dateupdate', 'article:modified_time', 'datemodified'].map((k) => parseDateValue(metas.get(k)));
  for (const line of lines) {
    if (line.length > 60 || /(?:19|20)\d\d\s*[-/.年]/.test(line)) continue;
    const m = MONTH_DAY.exec(line);
    if (!m) continue;
    const day = declared.find((d) => {
      const p = d ? /^((?:19|20)\d\d)-(\d\d)-(\d\d)/.exec(d) : null;
      return p && Number(p[2]) === Number(m[1]) && Number(p[3]) === Number(m[2]);
    });
    return day ? day.slice(0, 10) : null;
  }
  return null;
}

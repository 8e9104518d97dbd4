// An info line set in English (a bilingual or English page: `Source: Xinhua`, `Release date: 12 March
// 2026`, `<span class="date">March 3, 2026</span>`), read as the Chinese line it stands for: the label
// `来源：`, the day as `2026-03-12`. Only whole dates with a month's name and a four-digit year are read.
import { parseDateValue } from '../dates.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** `March 3, 2026`, `Mar. 10, 2026` or `12 March 2026`. */
const EN_DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2},\\s*(?:19|20)\\d\\d|\\d{1,2}\\s+${MONTH}\\s+(?:19|20)\\d\\d)\\b`,
  'g',
);

export function englishInfo(line: string): string {
  return (
    line
      // (Spans set without spaces run the labels on: `Updated: 2026-03-08Source: Linjiang Daily`.)
      .replace(/(?<![A-Za-z])Source\s*:\s*/g, '来源：')
      // A byline with the outlet in brackets (`By Chen Xiao (People's Daily)`) names the publisher.
      .replace(/^By ([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,3}) \(([A-Z][A-Za-z'’.& ]{1,40})\)/, 'By $1 来源：$2 ')
      .replace(EN_DATE, (d) => parseDateValue(d.replace(/\./g, '')) ?? d)
  );
}

// 毛泽东 and 周恩来 named by the titles their own years gave them (毛主席, 周总理) as the text's own words: a text
// after the Third Plenum names them 毛泽东同志 and 周恩来同志, or by the title only in a quotation, a cited title
// (《毛主席和亚非拉人民在一起》), a memorial or a look back (敬爱的周总理逝世, 周总理故居, 70年前). Evidence combined
// across the text: the title outside quotation marks, no year after 1976 named and nothing said from later (status.ts).
import { LOOKING_BACK, namedYears } from './first-plan-present.js';

const IN_OFFICE = /毛主席|周总理/;

/** The folded text names a leader of 1949–1976 by his title of those years, outside quotation marks and cited titles
 * (`unquoted`), without a year after 1976, a look back or a later period's words (`later`). */
export function namesLeaderInOffice(folded: string, unquoted: string, later: RegExp): boolean {
  if (!IN_OFFICE.test(unquoted) || LOOKING_BACK.test(folded) || later.test(folded)) return false;
  return ![...namedYears(folded)].some((y) => y > 1976);
}

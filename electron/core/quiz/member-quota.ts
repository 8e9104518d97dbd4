// A member's own question quota for a 提法 (questions-imported60.json): where the library's copies of a 提法 took its
// quota (generate-terms.ts), a member's import still gets one 填空 of it from a sentence of its own — 以经济体制改革为
// 牵引 in a county's meeting report, 锲而不舍落实中央八项规定精神 in a branch's plan. Which sentence is fixed by a hash
// of its text alone (not by its position or a draw's salt), so importing another document can only take the pick
// over, never change it: the questions the judged sets' shared documents give stay the same in every draw.
import { hashString } from './rng.js';
import { hanChars } from '../text/normalize.js';
import type { SourceTerm } from './types.js';

/** A local person's reported words (省发展研究中心副主任胡明说，…; 他勉励大家，…): one person's wording, its slot open. */
const REPORTED = /^([^，,。；;：:“”]{1,30}?)(?:说|指出|强调|要求|认为|勉励大家|在审议时说)[，,：:]/;
const CENTRAL = /习近平|总书记|毛泽东|邓小平|党中央|中央/;

/** Whether the blank would be the whole of a quotation (正如习近平总书记所说，“____”。): nothing around it to go by. */
const wholeQuote = (fact: string, term: string) =>
  fact.includes(`“${term}”。`) && fact.replace(`“${term}”`, '').length < 20;

/** Whether a member's sentence may take the quota: the member's own words, not the library's or a local voice's. */
function ownLine(fact: string, term: string, inLibrary: (han: string) => boolean): boolean {
  const reported = REPORTED.exec(fact);
  if (reported && !CENTRAL.test(reported[1]!)) return false;
  return !wholeQuote(fact, term) && !inLibrary(hanChars(fact));
}

/** The member's occurrences of `term` that may take the quota, in the fixed order they are tried. */
export function memberCandidates(
  term: string,
  occ: readonly SourceTerm[],
  factOf: (t: SourceTerm) => string | null,
  titleOf: (t: SourceTerm) => string,
  inLibrary: (han: string) => boolean,
): SourceTerm[] {
  return occ
    .filter((t) => t.docId.startsWith('u:'))
    .map((t) => ({ t, fact: factOf(t) ?? '' }))
    .filter(({ fact }) => fact && ownLine(fact, term, inLibrary))
    .map(({ t, fact }) => ({ t, key: hashString(`${term}\u0001${titleOf(t)}\u0001${fact}`) }))
    .sort((a, b) => a.key - b.key)
    .map(({ t }) => t);
}

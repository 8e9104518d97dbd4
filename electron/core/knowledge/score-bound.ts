// Whether a candidate's optimistic score (scoreCandidate(c, 0, true), quote-rank.ts) reaches a floor,
// asked the cheap way first: an own line without any rhetorical form scores at most PLAIN_OWN_MAX
// (表态 or 原则, and 警句) unless a thesis shape lifts it to MIN_SCORE (只有…才, …建立在…基础上, a
// known saying). Most of a document's lines are ruled out so, without their other features.
import type { QuoteCandidate } from './quote-candidate-types.js';
import { knownSaying, scoreCandidate } from './quote-rank.js';
import { fragmentReason } from './sentence-fragment.js';
import { hasOptimisticForm } from './sentence-style.js';
import { GROUNDED, ONLY_IF } from './thesis-patterns.js';

/** The most an own line with no rhetorical form scores before a lift: 表态 or 原则 (1.5), 警句 (1.5). */
const PLAIN_OWN_MAX = 3;

/** The same answer as `scoreCandidate(c, 0, true)?.score >= floor`. */
export function boundReaches(c: QuoteCandidate, floor: number): boolean {
  // (A text's words in marks weigh as a framed quotation: quote-rank.ts.)
  if (c.source === 'own' && !c.quoted && floor > PLAIN_OWN_MAX) {
    if (fragmentReason(c.text, true)) return false;
    const t = c.text;
    if (!hasOptimisticForm(t) && !ONLY_IF.test(t) && !GROUNDED.test(t) && !(t.length <= 24 && knownSaying(t)))
      return false;
  }
  const bound = scoreCandidate(c, 0, true);
  return !!bound && bound.score >= floor;
}

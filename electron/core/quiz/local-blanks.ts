// Blanks of a 金句 in a user's import with a local voice that ask nothing a group should remember: the obvious
// half of a proverb, a common word beside a series the line holds, the modifier of the people after it. Found by
// judging questions-imported14.json (小事不办，大事难成; 实践是最好的【课堂】; 教育党员、管理党员、监督党员的【职责】;
// 【新时代】的基层干部).
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { foldForSearch } from '../text/normalize.js';
import { modifiesActor } from './fact-cut.js';
import { holdsSeries } from './generate-series.js';
import type { Blank } from './key-blanks.js';
import { localVoice, MAXIM_HAN } from './local-voice.js';
import type { SourceDoc } from './types.js';

/** Whether `text` is a whole 提法 of the lexicon (乡村振兴, 三会一课), not a word of one. */
export function wholeLexiconTerm(text: string): boolean {
  const folded = foldForSearch(text);
  return lexiconMatcher()
    .find(folded)
    .some((t) => t.start === 0 && t.length >= folded.length);
}

/** Whether `text` is a short line (up to MAXIM_HAN Han) of a user's import with a local voice: a
 * proverb or a turn of phrase it repeats (小事不办，大事难成; 斯人已逝，风范长存; 实践是最好的课堂). Its blank is
 * the obvious half of a couplet or a common word another fits as well (老师 for 课堂); only a 提法 of
 * the lexicon blanked in it is worth asking. */
export function shortLocalLine(text: string, doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  return localVoice(doc, docs) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) <= MAXIM_HAN;
}

/** Whether the blanks of a local voice's 金句 ask nothing worth asking. `cited`: the words are another's it quotes
 * (毛泽东同志说过：“军队向前进，生产长一寸。”), kept as his. A line holding a series is asked by the series' last
 * item (generate-series.ts); a 提法 of the lexicon blanked keeps a short line or a series line. */
export function weakLocalBlanks(
  text: string,
  blanks: readonly Blank[],
  cited: boolean,
  doc: SourceDoc,
  docs: readonly SourceDoc[],
): boolean {
  if (!localVoice(doc, docs)) return false;
  const lexiconKeys = blanks.every((b) => wholeLexiconTerm(b.text));
  if (!cited && shortLocalLine(text, doc, docs) && !lexiconKeys) return true;
  if (holdsSeries(text) && !lexiconKeys) return true;
  // 【新时代】的基层干部: 当代 fits as well.
  return blanks.some((b) => modifiesActor(text.slice(b.end).replace(/^的(?:基层|各级|广大)?/, '')));
}

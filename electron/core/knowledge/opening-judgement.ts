// 人民公社是我国人民群众根据实际需要所作出的伟大创举，党中央和毛泽东同志十分重视…: a sentence too long to
// be a 金句 (quote-candidates.ts) may open on a judgement complete in its first clause — a subject, 是, what
// it is — before it goes on with something else. That clause is offered by itself.
import { styleOf } from './sentence-style.js';
import { fragmentReason } from './sentence-fragment.js';
import { KEY_NOUN } from './judgement-words.js';

/** Closing on the noun of weight (首先是保证重点建设: 保证 is a verb there). */
const CLOSES_ON_KEY = new RegExp(`(?:${KEY_NOUN.source})$`);
/** The first clause must be a sentence of this many characters. */
const MIN = 8;
const MAX = 40;

/** Length of the opening judgement of a long sentence, or null. */
export function openingJudgement(text: string): number | null {
  const m = /^[^，,；;：:。！？“”]+(?=[，,；;])/.exec(text);
  if (!m || m[0].length < MIN || m[0].length > MAX) return null;
  // (A subject of two characters at least before its copula: 这是…, 就是… lean on what came before.)
  if (!/^[^是]{2,}是[^是]{4,}$/.test(m[0])) return null;
  // (Naming what the subject is by a noun of weight, KEY_NOUN: 伟大创举, 重要支柱; 厂长是企业法人的代表,
  // …是人们关注的突出问题 say what a thing is, and the sentence goes on to what matters.)
  if (!CLOSES_ON_KEY.test(m[0])) return null;
  const clause = `${m[0]}。`;
  if (fragmentReason(clause, true)) return null;
  const f = styleOf(clause);
  return f.aphorism && !f.task && !f.narration && !f.dated ? m[0].length : null;
}

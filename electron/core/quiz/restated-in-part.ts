// Whether a wrong option's document restates a line in part, so that a learner could defend that option when asked
// “which document / which year” (Key audit 66). Asked only of the documents a question offers: the line may stay
// another question's (就业是最大的民生… asked which report beside 2008, 2022 and 2011 keeps its key).
import { editWithin } from '../text/edit-distance.js';
import { clauses, common } from './shared-wording.js';
import type { SourceDoc } from './types.js';

/** Each document's clauses (Han only, ≥ 4), split once. */
const clausesOf = new WeakMap<SourceDoc, string[]>();
function docClauses(doc: SourceDoc): string[] {
  let out = clausesOf.get(doc);
  if (!out) clausesOf.set(doc, (out = doc.paragraphs.flatMap((p) => clauses(p.text))));
  return out;
}

/** A judgement X是Y, each side two Han or more (基本要求是全面协调可持续). */
const JUDGEMENT = /^(\p{Script=Han}{2,}?)是(\p{Script=Han}{2,})$/u;

/** Whether the document's clause says the line's clause again: with one or two characters dropped (实践发展永无止境 →
 * 实践永无止境), or a judgement X是Y turned into 把Y作为…X (把全面协调可持续作为深入贯彻落实科学发展观的基本要求). */
function restatesClause(mine: string, theirs: string): boolean {
  // Six Han or more left: 改革开放 in 坚持改革开放 is a phrase every report says, not the line's clause.
  const dropped = mine.length - theirs.length;
  if (dropped >= 1 && dropped <= 2 && theirs.length >= 6 && common(mine, theirs) === theirs.length) return true;
  const m = JUDGEMENT.exec(mine);
  if (!m) return false;
  const at = theirs.indexOf(`把${m[2]}作为`);
  return at >= 0 && theirs.indexOf(m[1]!, at) > at;
}

/** Whether the document restates the line in part: two of its clauses restated (the 十八大's 实践发展永无止境，认识真理永无
 * 止境，理论创新永无止境 beside the 十七大's 实践永无止境，创新永无止境; the 十七大's 科学发展观，…基本要求是全面协调可持续，
 * 根本方法是统筹兼顾 beside the 十八大's 把全面协调可持续作为…基本要求, 把统筹兼顾作为…根本方法), or its opening judgement
 * X是Y within two edits of one of the document's (2021's 就业是最大的民生 beside 2024's 就业是最基本的民生). A subject
 * phrase said with a word changed (我们从事/进行社会主义现代化建设) or one clause with another noun (…的重要力量 beside
 * …的重要内容) is not a restatement: the rest of the line stays its document's own. */
export function restatesInPart(text: string, doc: SourceDoc): boolean {
  const mine = clauses(text);
  const theirs = docClauses(doc);
  const lead = clauses(text.split(/[，,；;：:。！？!?]/)[0] ?? '')[0];
  if (lead && lead.length >= 6 && JUDGEMENT.test(lead))
    if (theirs.some((t) => t.includes('是') && editWithin(lead, t, 2))) return true;
  let restated = 0;
  for (const c of mine) if (theirs.some((t) => restatesClause(c, t)) && ++restated >= 2) return true;
  return false;
}

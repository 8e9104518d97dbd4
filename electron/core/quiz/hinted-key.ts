// A stem that gives its key away by the key's own words, found by judging questions-outside18.json and
// questions-fillimported70.json: a 填空 whose sentence holds the key's head (党的领导是中国特色社会主义最本质的特征，是
// 【中国特色社会主义制度】的最大优势), and a 单选 whose key is the one option sharing a word with the sentence (____成果举世
// 瞩目，…实现脱贫: 脱贫攻坚 among 耕地红线, 创新驱动发展; ____不是少数人的富裕: 共同富裕). The learner reads the answer off
// the stem; no other key of the sentence is as good, so the question is dropped.
import { hanChars } from '../text/normalize.js';
import type { QuestionDraft } from './types.js';

type Span = { start: number; end: number; text: string };

/** A count opening a 提法 (两个, 四个, 三大): the numeral is the clue a counted 提法 keeps (outside6), no hint. */
const COUNT_HEAD = /^[一二两三四五六七八九十]+[个大项条种位支]/u;

/** The sentence around the blank, without it (a bar where it was: no word runs across). */
const restOf = (fact: string, b: Span) => hanChars(fact.slice(0, b.start)) + '|' + hanChars(fact.slice(b.end));

/** Whether the rest of the sentence holds the key's head: its first characters, three at least and half the key (群众路线 after 一切依靠群众 stays: the 党章 defines it so). */
export function headInStem(fact: string, b: Span): boolean {
  const key = hanChars(b.text);
  if (key.length < 4 || COUNT_HEAD.test(key)) return false;
  return restOf(fact, b).includes(key.slice(0, Math.max(3, Math.ceil(key.length / 2))));
}

/** Whether an option shares a two-character run with `rest` (its count head aside). */
function sharesWord(option: string, rest: string): boolean {
  const o = hanChars(option).replace(COUNT_HEAD, '');
  for (let i = 0; i + 2 <= o.length; i++) if (rest.includes(o.slice(i, i + 2))) return true;
  return false;
}

/** Whether a 提法 单选's key is its one option sharing a word with the rest of the sentence. */
export function loneOptionInStem(d: QuestionDraft): boolean {
  const b = d.blanks[0];
  if (d.kind !== '单选' || d.factKind === 'number' || !b || d.correct.length !== 1) return false;
  const rest = restOf(d.fact, b);
  const sharing = d.options.filter((o) => sharesWord(o, rest));
  return sharing.length === 1 && sharing[0] === d.options[d.correct[0]!];
}

/** Either: the stem, not the learner, finds the key. */
export function hintedKey(d: QuestionDraft): boolean {
  if (d.kind === '填空') return d.blanks.some((b) => headInStem(d.fact, b));
  return loneOptionInStem(d);
}

// A 单选 that gives its key away by the key's own closing word (____不是少数人的富裕，是全体人民的富裕: 共同富裕 among
// 新质生产力, 放管结合, 群众路线 — the one option ending on 富裕), found by judging questions-fillimported70.json. The
// learner reads the answer off the stem; the question is dropped.
// Narrowed in round qfill71: a word shared anywhere in the option (stop 70's rule) took good questions of ten earlier
// imported sets — 建设社会主义【文化强国】 in a line on 文化, 【污染防治攻坚战】 beside 污染物排放, 贯彻【总体国家安全观】 beside
// 维护国家安全 — where the shared word names the field, not the answer. A 填空 whose sentence holds the key's head (stop
// 70's other rule) was dropped too: it took 建设【中国特色社会主义法治体系】 after …法律体系 (imported31, good).
import { hanChars } from '../text/normalize.js';
import type { QuestionDraft } from './types.js';

type Span = { start: number; end: number; text: string };

/** The sentence around the blank, without it (a bar where it was: no word runs across). */
const restOf = (fact: string, b: Span) => hanChars(fact.slice(0, b.start)) + '|' + hanChars(fact.slice(b.end));

/** Whether an option's closing word (its last two characters: 富裕 of 共同富裕) is said in `rest`. */
const closingWordIn = (option: string, rest: string) => {
  const o = hanChars(option);
  return o.length >= 4 && rest.includes(o.slice(-2));
};

/** Whether a 提法 单选's key is its one option whose closing word the rest of the sentence says. */
export function hintedKey(d: QuestionDraft): boolean {
  const b = d.blanks[0];
  if (d.kind !== '单选' || d.factKind === 'number' || !b || d.correct.length !== 1) return false;
  const rest = restOf(d.fact, b);
  const saying = d.options.filter((o) => closingWordIn(o, rest));
  return saying.length === 1 && saying[0] === d.options[d.correct[0]!];
}

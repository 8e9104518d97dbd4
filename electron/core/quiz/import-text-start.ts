// Where a numbered line starts the next item of a text bank (import-text.ts), and where it is a
// statement of the question above, a point of a written answer or a ① that numbers neither.
import { AUTO_ITEM, type Section, type TextItem } from './import-text.js';
import { ANSWER, isCircled, ITEM, itemNumber, QUESTION_LIKE } from './import-text-lines.js';
import { SECTION } from './import-text-sections.js';

/** The number and text of an item starting on this line, or null. */
export function itemStart(line: string, prev: TextItem | null, section: Section, ownAnswerFollows: boolean) {
  const auto = line.startsWith(AUTO_ITEM);
  const num = auto ? null : ITEM.exec(line);
  if (!auto && !num) return null;
  const same = prev !== null && prev.section.index === section.index;
  const number = auto ? (same ? prev.number + 1 : 1) : itemNumber(num!);
  const rest = line.slice(auto ? 1 : num![0].length);
  // Inside a written answer (its points 1. 2. …) a numbered line starts the next item only when
  // an answer of its own follows it, when it asks something (a blank, a question mark), or when
  // its number is not the answer's next point (3. under an answer with no points is no point). In
  // a 填空, 判断 or 选择 section an answer has no numbered points: the next number is the next item.
  const inAnswer = prev?.at === 'answer' && !prev.options.length;
  const writtenAnswers = !/填空|判断|是非|选择|单选|多选/.test(section.type);
  const point =
    inAnswer && writtenAnswers && !ownAnswerFollows && !QUESTION_LIKE.test(rest) && number === nextPoint(prev.answer);
  // A 选择 item's statements (1）… 2）… before A．1）2）) are numbered too: a line that asks
  // nothing, under a question still waiting for its options, is one of them, not the next item.
  const statement =
    /选择|单选|多选/.test(section.type) &&
    prev?.at === 'stem' &&
    !prev.options.length &&
    QUESTION_LIKE.test(prev.stem.join('\n')) &&
    !QUESTION_LIKE.test(rest);
  // （1）1919年 ↵ （2）1921年: options numbered one to a line under a question waiting for them, the stem
  // holding the line numbered one less (read as ①② by import-text-circled.ts), not the next item.
  const option =
    prev?.at === 'stem' &&
    !prev.options.length &&
    /^[（(]\s*\d/.test(line) &&
    !QUESTION_LIKE.test(rest) &&
    prev.stem.some((l) => new RegExp(`^[（(]\\s*${number - 1}\\s*[)）]`).test(l));
  // 2．… after item 2 (a number typed twice, or 2．… after （2）): the next item all the same where the one
  // above is a keyed choice or 判断 and an answer of its own follows, never a line of that answer.
  const keyedNext =
    prev?.at === 'answer' && (!writtenAnswers || prev.options.length >= 2) && ownAnswerFollows && !point;
  // A 填空 or 简答 numbered twice or after a skipped number: the one above answered on its 答案 line
  // itself (one line, no points), this one asking something (a blank, a question) with an answer below.
  const typedTwice =
    same &&
    number >= prev.number &&
    prev.at === 'answer' &&
    !prev.options.length &&
    prev.answer.length === 1 &&
    !!prev.answer[0]!.trim() &&
    ownAnswerFollows &&
    QUESTION_LIKE.test(rest);
  if (same && ((number !== prev.number + 1 && !keyedNext && !typedTwice) || point || statement || option)) return null;
  const circled = !auto && isCircled(num!);
  // ① is an item's number only in a run of such numbers, never a statement under a question
  // waiting for its options or a point of a written answer.
  if (circled) {
    const waiting = prev?.at === 'stem' && !prev.options.length && QUESTION_LIKE.test(prev.stem.join('\n'));
    const asPoint = inAnswer && writtenAnswers && !ownAnswerFollows && !QUESTION_LIKE.test(rest);
    // ④ after items numbered 1） 2. (3): the next item where the one above is a keyed choice, the
    // number one more, and it asks something with an answer of its own below.
    const mixed = same && prev.at === 'answer' && prev.options.length >= 2 && number === prev.number + 1;
    const nextOfMixed = mixed && ownAnswerFollows && QUESTION_LIKE.test(rest);
    if ((same && !prev.circled && !nextOfMixed) || waiting || asPoint) return null;
  }
  return { number, auto, rest, circled };
}

/** The number the next point of a written answer would have: 1 after none. */
function nextPoint(answer: string[]): number {
  const points = answer.map((l) => /^(?:(\d{1,3})\s*[.．、]|[（(](\d{1,3})[)）])/.exec(l)).filter(Boolean);
  const last = points[points.length - 1];
  return last ? Number(last[1] ?? last[2]) + 1 : 1;
}

/** Per line: whether an answer line comes after it before the next numbered line or heading. */
export function answerFollows(lines: string[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let seen = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    out[i] = seen;
    if (ANSWER.test(lines[i]!)) seen = true;
    else if (ITEM.test(lines[i]!) || lines[i]!.startsWith(AUTO_ITEM) || SECTION.test(lines[i]!)) seen = false;
  }
  return out;
}

/** A line that goes on the item's part now open: the stem, the last option, the answer or the explanation. */
export function continueWith(item: TextItem, line: string): void {
  if (item.at === 'option')
    item.options[item.options.length - 1] += line; // an option wrapped onto the next line
  else item[item.at].push(line);
}

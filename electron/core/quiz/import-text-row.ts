// One numbered item of a text bank as a raw row: its key from its answer line, from the stem itself
// (letters in brackets, （√）, a 填空's bracketed words), from the key list or from Word's marks;
// two keys that disagree make it invalid (a reason string instead of a row).
import { OCR_MARK, OCR_REASON } from './import-text-app-screens.js';
import { judgeTail } from './judge-tail.js';
import type { RawItem } from './import-normalize.js';
import { truthIndex } from './import-answer-key.js';
import { foldAnswer } from './grade.js';
import { halfWidth } from '../text/normalize.js';
import { optionsInStem, swallowedOption } from './import-text-options.js';
import type { TextItem } from './import-text.js';
import { bareKey, optionTextInStem } from './import-text-bare-key.js';
import { circledOptions } from './import-text-circled.js';
import { explanationKey } from './explanation-key.js';
import { inlineSquareKeys, squareKeys } from './fill-square-keys.js';
import { LETTERS_KEY } from './import-text-lines.js';
import { keysAfterUnderlines } from './fill-bracket-keys.js';

// `（ A.B.D ）`: letters may be parted by a dot as well, never followed by option text.
const LETTERS_IN_BRACKETS = new RegExp(LETTERS_KEY.source, 'g');
const LOWER_IN_BRACKETS = /[（(【]\s*([a-h](?:\s*[、,，.．]?\s*[a-h])*)\s*[)）】]/g;
const TRUTH = '[（(【[［]\\s*(√|✓|✔|×|✗|✘|X|对|错|正确|错误)\\s*[)）】\\]］]';
const TRUTH_AT_END = new RegExp(`${TRUTH}\\s*[。.]?\\s*$`);
/** `（ T ）`/`（F）`/`【F】` after a statement: a key in a 判断 section, or where no 题型 is named and the
 * item has no options (a letter of an option elsewhere). */
const TF_AT_END = /[（(【[［]\s*([TFＴＦ])\s*[)）】\]］]\s*[。.]?\s*$/;
/** T or F after a wide gap at a statement's end (a key column saved as text): only in a 判断 section too. */
const TF_AFTER_GAP = /(?<=[。．！!？?；;）)\u4e00-\u9fff])(?:[ \t]{2,}|　)[\s　]*([TFＴＦ])$/;
const TRUTH_AT_START = new RegExp(`^${TRUTH}\\s*`);
/** √ or 对 typed after a wide gap at the end of a statement: the key column of a paper saved as text. */
const TRUTH_AFTER_GAP = /(?:[ \t]{2,}|　)[\s　]*(√|✓|✔|×|✗|✘|对|错|正确|错误)$/;
/** √ or × typed right after the statement's closing 。 (…算起。√): no word ends on a tick or cross. */
const TRUTH_GLUED = /(?<=[。！？!?])(√|×)$/;
/** A number in brackets inside a sentence, before its unit (成立于（1949）年（10）月): a blank's
 * answer, where （1） at a line's start or after punctuation would be a point's number. */
const NUMBER_BLANK = /(?<=[\u4e00-\u9fff])[（(]\s*(\d{1,4})\s*[)）](?=[年月日个次项条周岁届名位种])/g;
/** Letters written on an underline: __C__, ＿Ｃ＿. */
const ON_LINE = /[_＿]+[ 　]*([^_＿\s　][^_＿]*?)[ 　]*[_＿]+/g;
const LETTERS = /^[A-HＡ-Ｈ](?:[、,，]?[A-HＡ-Ｈ])*$/;
const WORDS_IN_BRACKETS = /[（(]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]/g;
/** A 填空's bracketed words in order; brackets that date, gloss or score (（2024年）, （简称……）, （2分）) are no blanks. */
const bracketWords = (stem: string) =>
  [
    ...[...stem.matchAll(WORDS_IN_BRACKETS)].filter(
      (m) => !/^\s*(?:\d{4}\s*年|简称|即|下同|注|见)|^\s*\d+(?:\.\d+)?\s*分\s*$/.test(m[1]!),
    ),
    ...stem.matchAll(NUMBER_BLANK),
  ].sort((a, b) => a.index! - b.index!);

/** The key a Word bank shows by formatting (word-key-marks.ts): letters or, for a 填空, the
 * sentence as a cloze; or why its marks cannot be a key (`always`: even beside a typed key, as
 * the marks of the bank's own key kind contradict themselves there). */
export type MarkKey = { key: string; stem?: string } | { refuse: string; always?: boolean };

/** The key written into the item itself: letters in the stem's brackets, （√） after a statement,
 * or a 填空's words in brackets. Returns the stem with the key taken out, or a reason. */
function keyInStem(item: TextItem, stem: string): { stem: string; answer: string } | string | null {
  // 每__C__年: the letters written on the underline, as an answer copy has them. (Words between
  // underlines are not read so: 任期____年至____年 has 年至 between its two blanks.)
  const lined = item.options.length ? [...stem.matchAll(ON_LINE)] : [];
  if (lined.length === 1 && LETTERS.test(lined[0]![1]!))
    return {
      stem: stem.replace(ON_LINE, '____'),
      answer: halfWidth(lined[0]![1]!.replace(/[、,，]/g, '')),
    };
  if (item.options.length) {
    const upper = [...stem.matchAll(LETTERS_IN_BRACKETS)];
    if (upper.length > 1) return '题干中有多个带字母的括号，无法确定答案';
    // （ c ）, （ abd ）: a key typed in lower case, read only where it is the stem's one such bracket
    // and the stem has no blank of its own (丙（a）类是（ ）: a label, not a key).
    const lower = upper.length || /[（(]\s*[)）]/.test(stem) ? [] : [...stem.matchAll(LOWER_IN_BRACKETS)];
    const found = upper.length ? upper : lower.length === 1 ? lower : [];
    if (!found.length) return null;
    const answer = halfWidth(found[0]![1]!.replace(/[\s、,，.．]/g, '')).toUpperCase();
    // 题干（  ）。【 B 】 or （C）题干（  ）: the key after or before a stem that has its blank already.
    const rest = stem.replace(found[0]![0], '');
    // …（　　）。（ B ）: the key's brackets end the stem, after its own blank.
    const last = !stem
      .slice(found[0]!.index! + found[0]![0].length)
      .trim()
      .replace(/^[。.．]$/, '');
    const blankBefore = /[（(]\s*[)）]/.test(stem.slice(0, found[0]!.index));
    const blank =
      /[（(]\s*[)）]/.test(rest) && (found[0]![0].startsWith('【') || found[0]!.index === 0 || (last && blankBefore));
    return { stem: blank ? rest.trim() : stem.replace(found[0]![0], '（ ）'), answer };
  }
  // （√）（×）: the pair printed for the reader to choose from, not a typed （×）.
  const truth = judgeTail(stem)?.marks.length === 2 ? null : TRUTH_AT_END.exec(stem);
  if (truth) return { stem: stem.slice(0, truth.index).trim(), answer: truth[1]! };
  const judged = /判断|是非/.test(item.section.type);
  const tf = judged
    ? (TF_AT_END.exec(stem) ?? TF_AFTER_GAP.exec(stem))
    : !item.section.type && !item.options.length
      ? TF_AT_END.exec(stem)
      : null;
  if (tf) return { stem: stem.slice(0, tf.index).trim(), answer: halfWidth(tf[1]!) };
  const gap = TRUTH_AFTER_GAP.exec(stem) ?? TRUTH_GLUED.exec(stem);
  if (gap) return { stem: stem.slice(0, gap.index).trim(), answer: gap[1]! };
  const first = TRUTH_AT_START.exec(stem);
  if (first) return { stem: stem.slice(first[0].length).trim(), answer: first[1]! };
  // 实现【共产主义】: the answers in 【】 inside the sentence, in a 填空 section or one with no 题型.
  const inline = !item.options.length && /^(?:填空)?$/.test(item.section.type) ? inlineSquareKeys(stem) : null;
  if (inline) return inline;
  // No 题型 heading: `……______。（甲）` with no options, its brackets ending the item after the underlines.
  const heading = item.section.type;
  const ended = !heading && !item.options.length ? keysAfterUnderlines(stem, bracketWords(stem), true) : null;
  if (ended) return ended;
  if (/填空/.test(heading)) {
    const square = squareKeys(stem);
    if (square) return square;
    const words = bracketWords(stem);
    if (!words.length) return null;
    const after = keysAfterUnderlines(stem, words, false);
    if (after) return after;
    let out = stem;
    for (const m of words) out = out.replace(m[0], '（ ）');
    return { stem: out, answer: words.map((m) => m[1]!.trim()).join('；') };
  }
  return null;
}

const TYPE_OF: Record<string, string> = {
  单项选择: '单选',
  单选: '单选',
  多项选择: '多选',
  多选: '多选',
  不定项选择: '多选',
  不定项: '多选',
  判断: '判断',
  是非: '判断',
};

const bare = (s: string) => halfWidth(s.replace(/[\s、,，.．；;]/g, ''));
/** Two ways of writing one key: the same letters or words, or √ and 正确 (× and 错误). */
const sameKey = (a: string, b: string) =>
  bare(a) === bare(b) || (truthIndex(a) !== null && truthIndex(a) === truthIndex(b));

/** One key written with its item's number: 3.A, 4、ABD, 5.×. */
const NUMBERED_KEY = /^(\d{1,3})\s*[.．、]\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ])*|√|×|对|错|正确|错误)$/;

/** （正确答案）, or （正确）/（正确选项） as 学习强国 collections mark the right option, after an option's text. */
const PRINTED_KEY = /\s*[（(]\s*正确(?:答案|选项)?\s*[)）]\s*$/;
/** A tick (C．五√, B．一年 ✔) or a star (B．1921★) typed after an option's text: the teacher's key. */
const TICKED = /(?<=\S)\s*[√✓✔★]$/;

/** The options marked (正确答案) or ticked, as letters, with the marks taken off; null when none is. */
function printedKey(options: string[]): { key: string; options: string[] } | null {
  for (const mark of [PRINTED_KEY, TICKED]) {
    const marked = options.flatMap((o, i) => (mark.test(o) ? ['ABCDEFGH'[i]!] : []));
    if (marked.length) return { key: marked.join(''), options: options.map((o) => o.replace(mark, '')) };
  }
  return null;
}

/** A whole key on one line: letters for an item with options, a truth word in a 判断 section, √ or × anywhere. */
function completeKey(line: string, item: TextItem): boolean {
  const key = line.trim().replace(/^[（(]\s*([^()（）]+?)\s*[)）]$/, '$1');
  if (item.options.length) return /^[A-HＡ-Ｈa-h](?:[\s、,，;；]*[A-HＡ-Ｈa-h])*$/.test(key);
  return (/判断|是非/.test(item.section.type) || /^[√✓✔×✗✘╳]$/.test(key)) && truthIndex(key) !== null;
}

/** A line cut off its sentence (…大会于 ↵ （ ）年召开。, …半年、↵ 一年…, …召开于 ↵ 1921年7月…, …坚持 ↵ “两个毫不动摇”。):
 * it starts with a word, a quote or 《 opening, a bracket that is no option's number (（2）1921年) or a date; never
 * an option marked 甲乙丙丁 (乙．中央政治局). */
const WRAPPED =
  /^(?![甲乙丙丁戊己庚辛]\s*[.．、])(?:[\u4e00-\u9fff“‘《]|[（(](?!\s*\d{1,2}\s*[)）])|\d{1,4}\s*[年月日])/;

/** A line's end inside its sentence: a word, 、 or ，, or a quote or 《》 closed after no sentence's end. */
const RUNS_ON = /(?:[\u4e00-\u9fff、，]|[^。！？!?][”’》」])$/;

/** An exam record's item with only the candidate's answer: it may be wrong, and no score names the key. */
export const CANDIDATE_ONLY =
  '只有考生的作答（考生答案、您的答案等），没有正确答案：考生的作答不能当作答案，请补上正确答案（如“正确答案：B”）后再导入';

export function toRaw(read: TextItem, keyed: string | undefined, marked?: MarkKey, letters = false): RawItem | string {
  if (read.stem.some((l) => l.includes(OCR_MARK))) return OCR_REASON;
  // A sentence broken by a paragraph or page break is one line again (WRAPPED); lines after a stem that ends
  // its sentence (statements 1）2）, a list after ：) stay lines. A quote or a title closed inside the
  // sentence (…邓小平理论、“三个代表” ↵ 重要思想…) breaks it as a word does.
  let stem = read.stem
    .map((l, i) => (i && RUNS_ON.test(read.stem[i - 1]!) && WRAPPED.test(l) ? l : `\n${l}`))
    .join('')
    .trim();
  const runOn = read.options.length ? null : optionsInStem(stem);
  let item = runOn ? { ...read, options: runOn.options } : read;
  if (runOn) stem = runOn.stem;
  const merged = swallowedOption(item.options);
  if (merged) return merged;
  // A key on its answer line, then lines that are no part of it (a web page's 来源, 编辑 or footer
  // after the last item): the key is the line; the rest is kept as the explanation.
  const [first, ...after] = item.answer;
  // 答案：A, then 答案：B (or B on the next line): two keys, not the 多选 AB.
  if (item.options.length && item.answer.filter((l) => completeKey(l, item)).length > 1)
    return `这道题有 ${item.answer.length} 行答案（${item.answer.join('、')}），无法确定哪个是答案：请核对`;
  // Not where a line after it could be a key too (答案：A over B, or 答案：B): which one is not certain.
  if (
    first !== undefined &&
    after.length &&
    completeKey(first, item) &&
    !after.some((l) => completeKey(l, item) || /答\s*案/.test(l))
  )
    item = { ...item, answer: [first], explanation: [...after, ...item.explanation] };
  // 答案：（B）: the key in brackets of its own.
  let answer = item.answer
    .join('\n')
    .trim()
    .replace(/^[（(]\s*([^()（）\n]+?)\s*[)）]$/, '$1');
  // ABD全对: the letters, all of them right (a 多选's way of saying pick every one).
  answer = answer.replace(/^([A-HＡ-Ｈ](?:[\s、,，]*[A-HＡ-Ｈ])*)\s*(?:全对|全选|均正确|都正确)$/, '$1');
  // 判断 keyed A or B on an answer card whose section note says which is 正确 (section.truth).
  const card = /判断|是非/.test(item.section.type) && !item.options.length ? item.section.truth : undefined;
  if (card && /^[A-D]$/.test(answer)) answer = answer === card[0] ? '正确' : answer === card[1] ? '错误' : answer;
  // 答案：3.A under item 3: the key list's way of writing one entry. Under another number it
  // may be the next item's key (a question deleted, the rest renumbered): no key is certain.
  const numbered = NUMBERED_KEY.exec(answer);
  if (numbered && !read.auto) {
    if (Number(numbered[1]) !== read.number)
      return `答案“${answer}”前的题号 ${numbered[1]} 与这道题的题号 ${read.number} 不同：请核对这个答案属于哪道题`;
    answer = numbered[2]!;
  }
  const circled = item.options.length ? null : circledOptions(stem, answer, { keyed, letters });
  if (typeof circled === 'string') return circled;
  if (circled) {
    ({ stem, answer } = circled);
    item = { ...item, options: circled.options };
  }
  const inStem =
    answer && item.options.length === 0 && !/判断|是非/.test(item.section.type) ? null : keyInStem(item, stem);
  if (typeof inStem === 'string') return inStem;
  if (inStem) {
    if (answer && !sameKey(answer, inStem.answer))
      return `题干中的答案“${inStem.answer}”与答案行“${answer}”不一致：请核对`;
    ({ stem, answer } = inStem);
  }
  if (keyed?.startsWith('?')) {
    if (!answer) return keyed.slice(1);
  } else if (keyed !== undefined) {
    if (answer && answer.replace(/[\s、,，.．]/g, '') !== keyed)
      return `答案“${answer}”与卷末答案“${keyed}”不一致：请核对`;
    answer = keyed;
  }
  // 问卷星 prints a test with its key: (正确答案) after each right option.
  const printed = printedKey(item.options);
  if (printed) {
    if (answer && !sameKey(answer, printed.key))
      return `答案“${answer}”与选项后标出的答案（${printed.key}）不一致：请核对`;
    answer = printed.key;
    item = { ...item, options: printed.options };
  }
  // 南昌起义爆发于（1927年8月1日）。: an answer copy's key, the option's text in the stem's brackets;
  // a typed key must name the same option.
  const written = marked ? null : optionTextInStem(stem, item.options);
  if (written) {
    const agrees = /^[A-HＡ-Ｈ]+$/.test(bare(answer))
      ? sameKey(answer, written.answer)
      : foldAnswer(answer) === written.text;
    if (answer && !agrees) return `题干括号中的“${written.text}”与答案“${answer}”不一致：请核对`;
    stem = written.stem;
    answer ||= written.answer;
  }
  // 题干（ ）。B or …D．六　B: the key typed bare where no other key is.
  if (!answer && !marked) {
    const bare = bareKey(stem, item.options);
    if (typeof bare === 'string') return bare;
    if (bare) ({ stem, answer } = bare);
    if (bare?.options) item = { ...item, options: bare.options };
  }
  if (!answer && !marked && item.options.length)
    answer = explanationKey(item.explanation.join('\n'), item.options) ?? '';
  // A key shown by formatting: a typed key wins, and one that disagrees with it makes the item invalid.
  if (marked && 'refuse' in marked) {
    if (!answer || marked.always) return marked.refuse;
  } else if (marked) {
    if (answer && !sameKey(answer, marked.key)) return `答案“${answer}”与文中标出的答案“${marked.key}”不一致：请核对`;
    answer = marked.key;
    if (marked.stem !== undefined) stem = marked.stem;
  }
  // 预备党员有表决权。（ ）: a 判断's empty bracket is where the mark goes, not part of the statement.
  // So is the pair printed for the reader to choose from (（ √　× ）, 正确　错误).
  const truthPair = item.options.length === 2 && item.options.every((o) => truthIndex(o) !== null);
  if (truthPair) stem = stem.replace(/\s*[（(]\s*[)）]\s*$/, '');
  // Outside a 判断 section too: a statement keyed √ or 正确, its mark's （ ） after the full stop.
  if (!item.options.length && truthIndex(answer) !== null)
    stem = stem.replace(/(?<=[。！？!?])\s*[（(]\s*[)）]\s*$/, '');
  if (/判断|是非/.test(item.section.type) && !item.options.length) {
    stem = stem.replace(/\s*[（(]\s*[)）]\s*$/, '');
    const tail = judgeTail(stem);
    if (tail?.marks.length === 2) stem = tail.statement;
  }
  if (!answer && read.candidate) return CANDIDATE_ONLY;
  return {
    // The 材料题 passage in front, added last: its brackets and numbers are no key.
    stem: read.material ? [...read.material, stem].join('\n') : stem,
    options: item.options,
    answer,
    explanation: item.explanation.join('\n').trim(),
    tags: [],
    type: TYPE_OF[item.section.type] ?? (item.section.type ? `${item.section.type}题` : undefined),
  };
}

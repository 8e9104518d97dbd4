// Turns one raw bank row (any format) into a validated question: option prefixes stripped,
// answers given as letters (ABD) or as option text understood, 判断 recognised, and 填空 built
// from blanks in the stem (（ ）, ____) or Anki clozes ({{c1::…}}) as explicit spans.
import type { QuizKind } from '../../contract/api.js';
import { foldAnswer } from './grade.js';
import { ownText, stripOptionPrefix } from './import-option-text.js';
import { ANSWER_LABEL, answerIndexes, cleanAnswer, SEPARATORS, truthIndex } from './import-answer-key.js';
import type { QuestionDraft } from './types.js';
import { dropTrailingEmpty } from './import-fields.js';
import { blankAnswers } from './fill-answers.js';
import { cleanRow } from './import-stem.js';
import { validateDraft } from './validate.js';
import { isOrdering, ORDER_REASON } from './import-ordering.js';
import { asksPicture, isMatching, MATCH_REASON, PICTURE_ASK_REASON } from './import-unsupported.js';
import { explanationDisagrees, verdictDisagrees } from './explanation-key.js';
import { noAnswerReason } from './written-answer-missing.js';

export interface RawItem {
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
  tags: string[];
  /** The bank's own 题型 (单选题, multiple, 判断 …), when it gives one. */
  type?: string;
  /** Where the item stands in its file when the row index would not say (单选题第 3 题). */
  label?: string;
}

// [    ] and 〔　〕 are blanks too, as some papers draw them.
const BLANK = /_{2,}|＿{2,}|（\s*）|\(\s*\)|【\s*\d{0,2}\s*】|\[\s*\]|〔\s*〕/g;
/** Where a picture stood: the placeholder web pages and exports leave, and ours for <img> in a page or a Word file. */
export const PICTURE = '[图片]';
const PICTURE_MARK = /[[【]\s*(?:图片|图|image|img|picture)\s*[\]】]/i;
const CLOZE = /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g;

/** The kind a bank's own 题型 names, if any. */
function kindOf(type: string | undefined): QuizKind | null {
  const t = (type ?? '').toLowerCase();
  // 单项选择题 / 多项选择题: the full names spreadsheets use as often as 单选 / 多选.
  if (/多选|多项|不定项|multi|checkbox/.test(t)) return '多选';
  if (/单选|单项|single|radio/.test(t)) return '单选';
  if (/判断|是非|judge|true.?false|bool/.test(t)) return '判断';
  return null;
}

/** 答案：略, （略）, 答案略: a paper that leaves the answer out (简答, 论述) says so; 略 is no answer. */
const OMITTED = /^[（(【[]?\s*(?:(?:参考)?答案\s*[:：]?\s*)?[（(]?\s*略\s*[)）]?\s*[)）】\]]?[。.]?$/;
const OMITTED_REASON = '答案写作“略”，文件中没有给出答案：请补上答案，或删去这道题';

function fillIn(raw: RawItem): QuestionDraft | string {
  const base = {
    factKind: 'imported' as const,
    docId: null,
    paragraph: null,
    start: null,
    end: null,
    options: [],
    correct: [],
    explanation: raw.explanation,
    tags: raw.tags,
    kind: '填空' as QuizKind,
  };
  // Anki cloze: the fact is the text with the clozes revealed.
  const clozes = [...raw.stem.matchAll(CLOZE)];
  if (clozes.length) return { ...base, stem: '', ...filled(raw.stem, clozes, (m) => m[1] ?? '') };
  const holes = [...raw.stem.matchAll(BLANK)];
  if (!raw.answer.trim()) return noAnswerReason(raw.type);
  if (OMITTED.test(raw.answer.trim())) return OMITTED_REASON;
  if (holes.length === 0) {
    // 问答: the stem asks, the whole answer is the blank.
    const text = raw.answer.trim();
    return { ...base, stem: raw.stem.trim(), fact: text, blanks: [{ start: 0, end: text.length, text }] };
  }
  const answers = blankAnswers(raw.answer, holes.length);
  if (answers.length !== holes.length) return `题目有 ${holes.length} 个空，但答案有 ${answers.length} 个`;
  return { ...base, stem: '', ...filled(raw.stem, holes, (_, i) => answers[i] ?? '') };
}

/** The stem with each hole (a blank, a cloze) filled by its answer, and where each answer stands in it. */
function filled(
  stem: string,
  holes: readonly RegExpMatchArray[],
  answer: (hole: RegExpMatchArray, i: number) => string,
): { fact: string; blanks: QuestionDraft['blanks'] } {
  let fact = '';
  let last = 0;
  const blanks: QuestionDraft['blanks'] = [];
  holes.forEach((h, i) => {
    fact += stem.slice(last, h.index);
    const text = answer(h, i);
    blanks.push({ start: fact.length, end: fact.length + text.length, text });
    fact += text;
    last = (h.index ?? 0) + h[0].length;
  });
  return { fact: fact + stem.slice(last), blanks };
}

const KEY_WORD = String.raw`(?:[A-Ha-h](?:[\s、,，.．]*[A-Ha-h])*)|正确|错误|对|错|√|×`;
const KEY_NOTE = new RegExp(String.raw`^(${KEY_WORD})\s*(?:[（(]([^()（）]+)[)）]|[，,；;。]\s*(.+))$`, 's');
/** `B。解析：…`: a key, then its explanation under its own label (a table's 参考答案 cell): the
 * label says the rest explains, so it may name other letters (`B、C均为阶段性目标`). */
const KEY_EXPLAINED = new RegExp(
  String.raw`^(${KEY_WORD})\s*[，,；;。.]?\s*(?:【\s*(?:答案|题目|试题)?(?:解析|分析|详解)\s*】|(?:答案|题目|试题)?(?:解析|分析|详解)\s*[:：])\s*(.*)$`,
  's',
);
/** `A（见党章第十条）`, `错误，预备党员没有表决权`: a key with a note after it. The note goes to the
 * explanation when it names no letter or truth word of its own (`√（正确）`, `A（B也可）` stay whole). */
function splitNote(raw: RawItem): RawItem {
  const explained = KEY_EXPLAINED.exec(raw.answer.trim().replace(ANSWER_LABEL, ''));
  if (explained)
    return {
      ...raw,
      answer: explained[1]!,
      explanation: raw.explanation.trim() ? raw.explanation : explained[2]!.trim(),
    };
  const m = KEY_NOTE.exec(cleanAnswer(raw.answer));
  const note = m && (m[2] ?? m[3])!.trim();
  if (!m || !note || /[A-Za-zＡ-Ｚａ-ｚ√×✓✗✔✘对错]|正确/.test(note)) return raw;
  // `C（五）`: a note that is an option's text must be the text of the letter it follows.
  const named = raw.options.map((o) => foldAnswer(stripOptionPrefix(o))).indexOf(foldAnswer(note));
  const letters = m[1]!.toUpperCase().replace(/[^A-H]/g, '');
  if (named >= 0 && letters !== 'ABCDEFGH'[named]) return raw;
  return { ...raw, answer: m[1]!, explanation: raw.explanation.trim() ? raw.explanation : note };
}

/** An imported item answered by its options (单选, 多选, 判断): `correct` their indexes. */
function choiceDraft(raw: RawItem, kind: QuizKind, options: string[], correct: number[]): QuestionDraft {
  return {
    kind,
    factKind: 'imported',
    docId: null,
    paragraph: null,
    start: null,
    end: null,
    stem: raw.stem.trim(),
    fact: '',
    options,
    correct,
    blanks: [],
    explanation: raw.explanation,
    tags: raw.tags,
  };
}

/** A draft, or the reason (Chinese) the row cannot be imported. */
export function normalizeRaw(input: RawItem): QuestionDraft | string {
  const raw = splitNote(cleanRow(input));
  if (!raw.stem.trim()) return '缺少题目';
  if (isOrdering(raw.type, cleanAnswer(raw.answer), raw.options.length, raw.stem)) return ORDER_REASON;
  // [图片]: a picture the file held is gone; the item may need it to be answered, or its options
  // may be pictures no one can tell apart.
  if ([raw.stem, ...raw.options].some((t) => PICTURE_MARK.test(t)))
    return '题目或选项中有图片（[图片]），导入后无法显示，这道题可能无法作答：请把图片的内容改写为文字后再导入';
  if (isMatching(raw.type, cleanAnswer(raw.answer), raw.stem)) return MATCH_REASON;
  if (asksPicture(raw.stem)) return PICTURE_ASK_REASON;
  const options = dropTrailingEmpty(raw.options.map(ownText));
  const gap = options.findIndex((o) => !o);
  if (gap >= 0) return `选项${'ABCDEFGH'[gap]}为空，但后面还有选项：请补全或删去空选项，以免答案字母错位`;
  let draft: QuestionDraft | string;
  if (options.length === 0) {
    const t = truthIndex(raw.answer);
    // “B” or “ABCD” answers options the file does not have: the key cannot be checked.
    if (t === null && /^(?:[A-H]+|[a-h])$/.test(cleanAnswer(raw.answer).replace(SEPARATORS, '')))
      return kindOf(raw.type) === '判断'
        ? `答案“${cleanAnswer(raw.answer).slice(0, 20)}”是选项字母，但这道判断题没有选项：请把答案改为“正确”或“错误”，或补上选项A“正确”、选项B“错误”`
        : `答案“${cleanAnswer(raw.answer).slice(0, 20)}”是选项字母，但这道题没有选项：请补上选项（选项A–D 列或 options 字段）`;
    // A 判断 whose answer is no truth word is not a 填空 either (答案：对的, √（正确）).
    if (t === null && kindOf(raw.type) === '判断' && cleanAnswer(raw.answer))
      return `判断题的答案“${cleanAnswer(raw.answer).slice(0, 20)}”不是“正确”或“错误”（√/×、对/错）：请核对答案`;
    // A statement keyed 1 or 0 (a sheet's 判断 written as numbers): true and false, or a count? Never a 填空.
    // Nor one keyed a lone letter no truth word is (V: a tick typed as a letter, or a letter misread?).
    if (
      t === null &&
      /^(?:[01]|[A-Za-z])$/.test(cleanAnswer(raw.answer)) &&
      !/[（(]\s*[)）]|_{2,}|＿{2,}|[？?]/.test(raw.stem)
    )
      return `答案“${cleanAnswer(raw.answer)}”不能确定表示“正确”还是“错误”：请把判断题的答案写为“正确”或“错误”（√/×）`;
    // 坚持（  ）的方向。 keyed 正确: the word fills the blank inside the sentence (a 填空), where a
    // 判断's mark stands at its end; a bank that calls the item 判断 is taken at its word.
    const inside = raw.stem.replace(/[\s　]*[（(]\s*[)）]\s*[。.]?\s*$/, '');
    const fills = t !== null && kindOf(raw.type) !== '判断' && /[（(]\s*[)）]|_{2,}|＿{2,}/.test(inside);
    draft = t !== null && !fills ? choiceDraft(raw, '判断', ['正确', '错误'], [t]) : fillIn(raw);
  } else {
    if (!raw.answer.trim()) return '缺少答案';
    const isTruth = options.length === 2 && options.every((o) => truthIndex(o) !== null);
    const idx =
      isTruth && truthIndex(raw.answer) !== null
        ? [truthIndex(raw.answer) === truthIndex(options[0] ?? '') ? 0 : 1]
        : answerIndexes(raw.answer, options);
    if (typeof idx === 'string') return idx;
    const told = kindOf(raw.type);
    if (told === '单选' && idx.length > 1)
      return `题型为单选题，但答案“${raw.answer.trim().slice(0, 20)}”有 ${idx.length} 个选项：请核对答案或题型`;
    const disagrees = isTruth ? null : explanationDisagrees(raw.explanation, idx, options);
    if (disagrees) return disagrees;
    const kind: QuizKind = isTruth ? '判断' : idx.length > 1 || told === '多选' ? '多选' : '单选';
    draft = choiceDraft(raw, kind, options, idx);
  }
  if (typeof draft === 'string') return draft;
  const truth = draft.kind === '判断' ? truthIndex(draft.options[draft.correct[0]!] ?? '') : null;
  const verdict = truth !== null ? verdictDisagrees(raw.explanation, truth) : null;
  if (verdict) return verdict;
  const errors = validateDraft(draft);
  return errors.length ? errors.join('；') : draft;
}

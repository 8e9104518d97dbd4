// Turns one raw bank row (any format) into a validated question: option prefixes stripped,
// answers given as letters (ABD) or as option text understood, 判断 recognised, and 填空 built
// from blanks in the stem (（ ）, ____) or Anki clozes ({{c1::…}}) as explicit spans.
import type { QuizKind } from '../../contract/api.js';
import { foldAnswer } from './grade.js';
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

const TRUE_WORDS = new Set(['正确', '对', '是', '√', '✓', '✔', 'true', 't', 'yes', 'y']);
const FALSE_WORDS = new Set(['错误', '错', '不正确', '不对', '否', '×', '✗', '✘', 'x', 'false', 'f', 'no', 'n']);
// [    ] and 〔　〕 are blanks too, as some papers draw them.
const BLANK = /_{2,}|＿{2,}|（\s*）|\(\s*\)|【\s*\d{0,2}\s*】|\[\s*\]|〔\s*〕/g;
// ┋ joins the choices of one answer in 问卷星 (wjx.cn) exports.
const SEPARATORS = /[\s,，、;；|｜/┋]/g;
/** Where a picture stood: the placeholder web pages and exports leave, and ours for <img> in a page or a Word file. */
export const PICTURE = '[图片]';
const PICTURE_MARK = /[[【]\s*(?:图片|图|image|img|picture)\s*[\]】]/i;
const CLOZE = /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g;

const PREFIX = /^\s*([A-Ha-hＡ-Ｈａ-ｈ])\s*[.．、:：)）]\s*/;
export function stripOptionPrefix(o: string): string {
  return o.replace(PREFIX, '').trim();
}

/** Option i without its own letter written in front (B．四 as option B); another letter there is
 * the option's text (D：A、B 都对). */
function ownText(o: string, i: number): string {
  const m = PREFIX.exec(o);
  return m && m[1]!.normalize('NFKC').toUpperCase().charCodeAt(0) - 65 === i ? o.slice(m[0].length).trim() : o.trim();
}

/** Splits "A.甲 B.乙 C.丙", "甲|乙|丙" or 问卷星's "A.甲┋B.乙" into options. */
export function splitOptions(raw: string): string[] {
  if (raw.length > 5000) return [raw]; // not options: left whole, the row is reported invalid
  if (/[|┋]/.test(raw)) return raw.split(/[|┋]/).map(stripOptionPrefix).filter(Boolean);
  if (/\S\s+\/\s+\S/.test(raw))
    return raw
      .split(/\s+\/\s+/)
      .map(stripOptionPrefix)
      .filter(Boolean); // 正确 / 错误
  if (/\n/.test(raw)) return raw.split(/\n+/).map(stripOptionPrefix).filter(Boolean);
  const lettered = raw
    .split(/\s*[；;，,]?\s*(?=[A-H]\s*[.．、:：])/) // A.三；B.四: the ； parts them, no option's text
    .map(stripOptionPrefix)
    .filter(Boolean);
  if (lettered.length > 1) return lettered;
  return raw.split(/[；;]/).map(stripOptionPrefix).filter(Boolean);
}

const ANSWER_LABEL = /^(?:【\s*(?:正确|参考)?答案\s*】|(?:正确|参考)?答案\s*[:：])\s*/;
/** “答案：A”, “【答案】A”, “正确答案:B” → the answer itself; “选B”, “应选B”, “A项” → the letters. */
const cleanAnswer = (a: string) =>
  a
    .normalize('NFKC')
    .trim()
    .replace(ANSWER_LABEL, '')
    .replace(/[。.．]$/, '')
    .replace(/^(?:本题|故|应|应该)?(?:选择?|选项)\s*(?=[A-Ha-h][A-Ha-h\s、,，]*(?:$|[^A-Za-z]))/, '')
    .replace(/^([A-Ha-h](?:[\s、,，]*[A-Ha-h])*)\s*项$/, '$1');

function answerIndexes(answer: string, options: string[]): number[] | string {
  const a = cleanAnswer(answer);
  // “A.B.C.”, “A. C”, “A、B”: letters alone, whatever separates them.
  const letters = /^[A-Ha-h\s,，、;；|｜/┋.．]+$/.test(a) ? a.replace(/[^A-Ha-h]/g, '') : a.replace(SEPARATORS, '');
  // “B.株洲”, “B 1921年”: a letter with its option's text; both must name the same option.
  const both = /^([A-Ha-h])(?:\s*[.．、:：)）]|\s+(?=[^A-Za-z\s]))\s*(.+)$/.exec(a);
  if (both && !/^[A-Ha-h]+$/.test(letters)) {
    const i = both[1]!.toUpperCase().charCodeAt(0) - 65;
    if (i < options.length && foldAnswer(options[i]!) === foldAnswer(both[2]!)) return [i];
    return `答案“${a.slice(0, 30)}”的字母与选项文字不一致：请核对答案`;
  }
  if (/^[A-Ha-h]+$/.test(letters)) {
    const idx = [...letters.toUpperCase()].map((c) => c.charCodeAt(0) - 65);
    if (idx.some((i) => i >= options.length)) return `答案“${a}”超出选项范围`;
    return [...new Set(idx)];
  }
  const folded = options.map(foldAnswer);
  const whole = folded.indexOf(foldAnswer(a));
  if (whole >= 0) return [whole];
  // 全选: every option (a 单选 keyed so is refused by its caller, as any key of several letters);
  // beside an option 以上都是 it may mean that option alone, so it is refused.
  if (/^(?:全选|全部选项|选全部)$/.test(a) && options.length > 1) {
    if (options.some((o) => /以上|全部|都是|都对|全选/.test(o)))
      return `答案“${a}”可能指全部选项，也可能指选项“以上……”：请用字母写明答案`;
    return options.map((_, i) => i);
  }
  // 警告；严重警告 or 警告、严重警告: the right options' texts, each one whole (a text that is
  // one option, 、 and all, was matched above).
  for (const sep of [/[|｜；;┋]/, /[、，,]/]) {
    const parts = a.split(sep).map((p) => folded.indexOf(foldAnswer(stripOptionPrefix(p))));
    if (parts.length > 1 && parts.every((i) => i >= 0)) return [...new Set(parts)];
  }
  return `答案“${a.slice(0, 30)}”不是任何一个选项`;
}

export function truthIndex(answer: string): number | null {
  const raw = cleanAnswer(answer);
  const a = foldAnswer(raw) || raw;
  if (TRUE_WORDS.has(a.toLowerCase()) || TRUE_WORDS.has(raw)) return 0;
  if (FALSE_WORDS.has(a.toLowerCase()) || FALSE_WORDS.has(raw)) return 1;
  return null;
}

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
  if (CLOZE.test(raw.stem)) {
    CLOZE.lastIndex = 0;
    let fact = '';
    let last = 0;
    const blanks: QuestionDraft['blanks'] = [];
    for (const m of raw.stem.matchAll(CLOZE)) {
      fact += raw.stem.slice(last, m.index);
      const text = m[1] ?? '';
      blanks.push({ start: fact.length, end: fact.length + text.length, text });
      fact += text;
      last = (m.index ?? 0) + m[0].length;
    }
    fact += raw.stem.slice(last);
    return { ...base, stem: '', fact, blanks };
  }
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
  let fact = '';
  let last = 0;
  const blanks: QuestionDraft['blanks'] = [];
  holes.forEach((h, i) => {
    fact += raw.stem.slice(last, h.index);
    const text = answers[i] ?? '';
    blanks.push({ start: fact.length, end: fact.length + text.length, text });
    fact += text;
    last = (h.index ?? 0) + h[0].length;
  });
  fact += raw.stem.slice(last);
  return { ...base, stem: '', fact, blanks };
}

const KEY_WORD = String.raw`(?:[A-Ha-h](?:[\s、,，.．]*[A-Ha-h])*)|正确|错误|对|错|√|×`;
const KEY_NOTE = new RegExp(String.raw`^(${KEY_WORD})\s*(?:[（(]([^()（）]+)[)）]|[，,；;。]\s*(.+))$`, 's');
/** `B。解析：…`: a key, then its explanation under its own label (a table's 参考答案 cell): the
 * label says the rest explains, so it may name other letters (`B、C均为阶段性目标`). */
const KEY_EXPLAINED = new RegExp(
  String.raw`^(${KEY_WORD})\s*[，,；;。.]?\s*(?:【\s*(?:答案)?(?:解析|分析|详解)\s*】|(?:答案)?(?:解析|分析|详解)\s*[:：])\s*(.*)$`,
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
    // 坚持（  ）的方向。 keyed 正确: the word fills the blank inside the sentence (a 填空), where a
    // 判断's mark stands at its end; a bank that calls the item 判断 is taken at its word.
    const inside = raw.stem.replace(/[\s　]*[（(]\s*[)）]\s*[。.]?\s*$/, '');
    const fills = t !== null && kindOf(raw.type) !== '判断' && /[（(]\s*[)）]|_{2,}|＿{2,}/.test(inside);
    draft =
      t !== null && !fills
        ? {
            kind: '判断',
            factKind: 'imported',
            docId: null,
            paragraph: null,
            start: null,
            end: null,
            stem: raw.stem.trim(),
            fact: '',
            options: ['正确', '错误'],
            correct: [t],
            blanks: [],
            explanation: raw.explanation,
            tags: raw.tags,
          }
        : fillIn(raw);
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
    draft = {
      kind,
      factKind: 'imported',
      docId: null,
      paragraph: null,
      start: null,
      end: null,
      stem: raw.stem.trim(),
      fact: '',
      options,
      correct: idx,
      blanks: [],
      explanation: raw.explanation,
      tags: raw.tags,
    };
  }
  if (typeof draft === 'string') return draft;
  const truth = draft.kind === '判断' ? truthIndex(draft.options[draft.correct[0]!] ?? '') : null;
  const verdict = truth !== null ? verdictDisagrees(raw.explanation, truth) : null;
  if (verdict) return verdict;
  const errors = validateDraft(draft);
  return errors.length ? errors.join('；') : draft;
}

// Key audit 64, figures (填空, 单选 横线处, 判断 of a generated number question): flagged where another value may be
// right too — the clause said elsewhere with another figure in the slot (the same document, or one of its year, where
// a wrong option or a 判断's changed value stands), an option equal to the key written otherwise (3000 / 0.3万), a
// 判断 whose changed value equals the key, or a year the stem makes ambiguous (another target year beside it). Flags
// are for a reader to judge (RUBRIC "Key audit 64"), not verdicts.
import type { QuestionDraft, QuizSource, SourceDoc } from '../../electron/core/quiz/types.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';
import { bodyOf } from './key-audit-text.js';

const SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };
/** A figure's value with its magnitude (0.3万 → 3000), NaN when it is none. */
export function figure(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(万亿|亿|万|千|百)?$/.exec(foldForSearch(text).trim());
  return m ? Number(m[1]) * (SCALE[m[2] ?? ''] ?? 1) : NaN;
}

const FIGURE_AT = /^\d+(?:\.\d+)?(?:万亿|亿|万)?/;
const tail = (s: string, n: number) => s.slice(Math.max(0, s.length - n));

/** Every place of `body` (folded) where `left` is followed by a figure and then `right`: the figures found. */
function slotFigures(body: string, left: string, right: string): string[] {
  const out: string[] = [];
  for (let i = body.indexOf(left); i >= 0; i = body.indexOf(left, i + 1)) {
    const rest = body.slice(i + left.length);
    const m = FIGURE_AT.exec(rest);
    if (m && rest.startsWith(right, m[0].length) && !/\d/.test(body[i - 1] ?? '')) out.push(m[0]);
  }
  return out;
}

/** The text either side of the blank (folded, up to 8 characters left and 4 right, the right side cut at a mark:
 * 能耗下降5.6%。 and 能耗下降3.4%以上 are one wording). */
function around(d: QuestionDraft): { left: string; right: string } {
  const b = d.blanks[0]!;
  const f = foldForSearch(d.fact);
  return {
    left: tail(f.slice(0, b.start), 8),
    right: f
      .slice(b.end)
      .split(/[，。；！？、,;!?]/)[0]!
      .slice(0, 4),
  };
}

/** The value a 判断 shows (its statement's figure at the blank), or null. */
function shownValue(d: QuestionDraft): string | null {
  const statement = /“(.*)”$/s.exec(d.stem)?.[1] ?? '';
  const b = d.blanks[0]!;
  const before = d.fact.slice(0, b.start);
  if (!statement.startsWith(before)) return null;
  return FIGURE_AT.exec(statement.slice(before.length))?.[0] ?? null;
}

export function auditNumber(d: QuestionDraft, src: QuizSource): string[] {
  const doc = src.docs.get(d.docId ?? '');
  const b = d.blanks[0];
  if (!doc || !b) return [];
  const flags: string[] = [];
  const key = figure(b.text);
  const wrong = d.kind === '单选' ? d.options.filter((_, i) => !d.correct.includes(i)) : [];
  const changed = d.kind === '判断' && d.correct[0] === 1 ? shownValue(d) : null;
  if (d.kind === '判断' && d.correct[0] === 1 && changed === null) flags.push('判断：陈述中找不到改动的数字');
  for (const o of changed ? [...wrong, changed] : wrong)
    if (o !== b.text && figure(o) === key) flags.push(`错误选项“${o}”与答案“${b.text}”等值`);
  const { left, right } = around(d);
  // A clause opening two characters before its figure (发行1000亿元长期国债) is compared whole.
  const whole = left === foldForSearch(d.fact.slice(0, b.start)) && /\p{Script=Han}{2}/u.test(left);
  if ((left.length >= 4 || whole) && right.length >= 1) {
    const sameYear = (x: SourceDoc) => x.id === doc.id || (x.year !== null && x.year === doc.year);
    // Another year's report states its own figure for the same clause (城镇新增就业…万人): the stem names the document,
    // so only its year and the next (which restates it) are read.
    const near = (x: SourceDoc) => sameYear(x) || (x.year !== null && doc.year !== null && x.year - doc.year === 1);
    for (const x of [...src.docs.values()].filter(near)) {
      const found = slotFigures(foldForSearch(bodyOf(x)), left, right).filter((v) => figure(v) !== key);
      if (!found.length) continue;
      const asWrong = found.filter((v) => wrong.includes(v) || v === changed);
      if (asWrong.length && sameYear(x)) flags.push(`错误值“${asWrong.join('、')}”同句见于${x.title}`);
      else if (x.id === doc.id) flags.push(`本文同句他数：${found.join('、')}`);
      else flags.push(`别处同句他数：${x.title}：${found.join('、')}`);
    }
  }
  // A target year beside another (到2020年…，到2035年…): which one the blank asks may not be told.
  if (/^(1[89]|20)\d\d$/.test(b.text) && (d.fact.match(/(?:19|20)\d\d年/g) ?? []).length > 1)
    flags.push('年份：句中另有年份');
  return flags;
}

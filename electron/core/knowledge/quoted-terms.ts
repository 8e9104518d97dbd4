// Quoted terms: a formulation the reports themselves set in quotation marks and carry out as a term
// (坚持“两手抓”, 落实“四下基层”制度, 做到“两个维护”, “放管服”改革) whatever its shape. The marks and the
// frame say it is a term; that two documents so use it says it is the line's and not one text's
// coinage (2015's “双目标”) or a quoted saying (决不能“新官不理旧账”, “时时放心不下”的责任感: no frame).
// Like policy names they feed the 提法 list and timeline only: no question is drawn on them
// (quiz/source.ts) and no 金句 score reads them.
import { isLexiconForm } from './listed-lexicon.js';
import { quotedUses, type QuotedUse } from './quoted-uses.js';
import { NOT_TIFA } from './term-rules.js';

/** Documents that must carry the span out as a term. */
const FRAMED_DOCS = 2;
/** …or that one does and this many quote it (a term the reports keep quoting: “约法三章”). */
const QUOTED_DOCS = 3;
/** Han characters (and the 、 of a series: 不忘初心、牢记使命), no clause break: a sentence quoted
 * with its commas is a saying or speech, not a term. */
const SHAPE = /^\p{Script=Han}[\p{Script=Han}、]{1,10}\p{Script=Han}$/u;
/** Two characters are a term only when one counts (“六稳”, “两新”); otherwise a word (“稳”, “进”). */
const COUNTED_PAIR = /^[一二两三四五六七八九十双]\p{Script=Han}$/u;
/** Dates, amounts (三百, 千万, 亿 — not the 百 of “双百”, a count of two 百-words) and what the Party opposes
 * are no formulation; nor is a programme's or a project's name (“星火计划”, “深港通”, “一卡通”) or a homely
 * metaphor (“菜篮子”, “米袋子”). A count and 通 alone is a numbered formulation (“三通”: mail, trade, transport). */
const NOT_TERM =
  /[年月日亿]|^[百千万]|[〇零一二两三四五六七八九十几数百千万][百千万]|侵略|扩张|霸权|反动|殖民|分裂|台独|港独|藏独|(?:计划|工程|项目|专项|行动|(?<!^[一二两三四五六七八九十双])通|子)$/;

/** A span opening with a count (“三通”, “两个确保”): a carrying-out verb a few characters before frames it
 * too (推进两岸“三通”) — a count names a set of things done, a saying is not so carried out. */
const COUNT_FIRST = /^[一二两三四五六七八九十双]/;

/** Whether one document's use of a span makes it a term there: framed, never a name, not its own. */
function usedAsTerm(span: string, use: QuotedUse): boolean {
  const framed = use.framed || (use.framedNear && COUNT_FIRST.test(span));
  return framed && !use.named && (use.local ?? 0) * 2 < use.count;
}

/** Whether a span has a term's shape (before the library-wide count). */
export function termShaped(span: string): boolean {
  if (NOT_TIFA.has(span) || NOT_TERM.test(span) || isLexiconForm(span)) return false;
  return span.length === 2 ? COUNTED_PAIR.test(span) : SHAPE.test(span);
}

/** Quoted terms of the library: spans of a term's shape that at least two documents (each given as
 * its folded paragraphs) quote and carry out as a term. */
export function quotedTerms(docs: Iterable<readonly string[]>, minQuoted = QUOTED_DOCS): Set<string> {
  const framedIn = new Map<string, number>();
  const quotedIn = new Map<string, number>();
  /** Introduced as a name anywhere (人称“…”): a name, not a term. */
  const named = new Set<string>();
  for (const paragraphs of docs)
    for (const [span, use] of quotedUses(paragraphs)) {
      if (!termShaped(span)) continue;
      if (use.named) named.add(span);
      quotedIn.set(span, (quotedIn.get(span) ?? 0) + 1);
      if (usedAsTerm(span, use)) framedIn.set(span, (framedIn.get(span) ?? 0) + 1);
    }
  const out = new Set<string>();
  for (const [span, n] of framedIn)
    if (!named.has(span) && (n >= FRAMED_DOCS || (quotedIn.get(span) ?? 0) >= minQuoted)) out.add(span);
  return out;
}

// Key words that leave part of their phrase outside the blank, found by judging questions-imported31.json: a noun
// followed by one stranded noun character before the clause ends (【党政军民】学，东西南北中: the set is 党政军民学, the
// blank asks four fifths of it), and a quality word opening the line's subject (【坚强有力】可靠的基层党组织，是…的根本
// 保障: the line is about the 基层党组织, the blank only describes it, and 坚强, 过硬 fit as well).
import type { Token } from '../text/segment.js';

const CLAUSE_END = /^(?:[，,。；;！!？?、：:”"’]|$)/;

/** Whether one noun character stands alone between the blank and the clause's end: the blank cuts a fixed set. */
export function strandedChar(tokens: readonly Token[], text: string, w: { end: number }): boolean {
  const next = tokens.find((t) => t.start === w.end);
  return !!next && next.word.length === 1 && /^(?:n|ng)$/.test(next.tag) && CLAUSE_END.test(text.slice(next.end));
}

/** Tags of a quality: an idiom, an adjective. */
const QUALITY_TAG = /^(?:i|a|ad|an)$/;
/** After the blank: a few more modifying characters, 的, the subject's noun, and the copula. */
const SUBJECT_REST = /^\p{Script=Han}{0,4}的\p{Script=Han}{2,10}[，,]?(?:就|都|才|也|始终|永远)?是/u;

/** Whether the blank is a quality word opening the clause's subject (【坚强有力】可靠的基层党组织，是…). */
export function subjectQuality(text: string, w: { start: number; end: number; tag: string }): boolean {
  if (w.start > 0 && !/[，,。；;！!？?：:“"‘\s]/.test(text[w.start - 1]!)) return false;
  return QUALITY_TAG.test(w.tag) && SUBJECT_REST.test(text.slice(w.end));
}

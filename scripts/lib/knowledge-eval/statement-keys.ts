// The key of a source 判断 (generate-statements.ts) checked against the text: a 提法 “见于《…》” keyed 正确 is in that
// document and keyed 错误 is not in it in any form; a 金句 “出自《…》” keyed 正确 is that document's own line, keyed 错误
// is not in it.
import {
  hanBody,
  isSourceStatement,
  QUOTE_STATEMENT,
  saysTerm,
  TERM_STATEMENT,
} from '../../../electron/core/quiz/generate-statements.js';
import { lexicon } from '../../../electron/core/knowledge/lexicon.js';
import { hanChars } from '../../../electron/core/text/normalize.js';
import type { QuestionDraft, QuizSource, SourceDoc } from '../../../electron/core/quiz/types.js';

/** The statement's claim: what it says is where, and the document it names (null: not a source 判断). */
export function statementClaim(
  d: QuestionDraft,
  src: QuizSource,
): { what: string; doc?: SourceDoc; term: boolean } | null {
  if (!isSourceStatement(d)) return null;
  const m = (d.factKind === 'term' ? TERM_STATEMENT : QUOTE_STATEMENT).exec(d.stem)!;
  return { what: m[1]!, doc: [...src.docs.values()].find((x) => x.title === m[2]), term: d.factKind === 'term' };
}

/** Why a source 判断's key is wrong, null when it holds, undefined when the question is no source 判断. */
export function statementKeyError(d: QuestionDraft, src: QuizSource): string | null | undefined {
  const claim = statementClaim(d, src);
  if (!claim) return undefined;
  if (!claim.doc) return '判断所称文献不在书架中';
  const keyedTrue = d.options[d.correct[0]!] === '正确';
  const e = lexicon().find((x) => x.term === claim.what);
  const said = claim.term
    ? saysTerm(claim.doc, [claim.what, ...(e?.variants ?? [])])
    : hanBody(claim.doc).includes(hanChars(claim.what));
  if (keyedTrue && (!said || claim.doc.id !== d.docId)) return '判为正确的出处不是原文所在文献';
  if (!keyedTrue && said) return '判为错误的出处其实含有该语句';
  return null;
}

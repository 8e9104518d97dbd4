// Key audit 63: every question the bundled library gives (draw-outside's --all, nothing left out), flagged where a
// wrong option may be right too. 单选 出自哪篇/哪一年: a clause of the sentence nearly found in a wrong option's
// document; 单选/填空 提法: the sentence in another document with something else in the slot (the 多选 of round 63
// went with the kind, stop 62). Flags are for a reader to
// judge (RUBRIC "Key audit 63"), not verdicts. Key audit 64 adds the other kinds: figures (key-audit-numbers.ts), 金句
// 填空 and 谁说的 (key-audit-quotes.ts); every question's key is also checked against its source (questions.ts keyError).
// Run: node --import tsx scripts/eval/key-audit.ts BUNDLE [--json] > out.txt
import type { QuestionDraft, QuizSource, SourceDoc } from '../../electron/core/quiz/types.js';
import { editWithin } from '../../electron/core/text/edit-distance.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';
import { keyError, questionSample } from '../lib/knowledge-eval/questions.js';
import { shown } from './draw-imported.js';
import { auditNumber } from './key-audit-numbers.js';
import { auditQuote } from './key-audit-quotes.js';
import { bodyOf, han, slotRivals } from './key-audit-text.js';

/** Clauses (Han only) of a folded text: split at any mark. */
const clauses = (s: string) =>
  foldForSearch(s)
    .split(/[^\p{Script=Han}\p{L}\p{N}“”"《》]+/u)
    .map(han)
    .filter((c) => c.length > 0);

const bigrams = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
function overlap(a: string, b: Set<string>): number {
  const ga = bigrams(a);
  let n = 0;
  for (const g of ga) if (b.has(g)) n++;
  return ga.size ? n / ga.size : 0;
}

/** A clause of `fact` (≥ 4 Han) within 2 edits of a clause of `doc`, or one of ≥ 8 Han whose bigrams are ≥ 0.7 in a
 * clause of `doc`: the clauses matched. */
export function nearClauses(fact: string, doc: SourceDoc): string[] {
  const theirs = clauses(bodyOf(doc)).filter((c) => c.length >= 2);
  const grams = theirs.map(bigrams);
  return clauses(fact).filter(
    (c) =>
      (c.length >= 4 && theirs.some((t) => editWithin(c, t, 2))) ||
      (c.length >= 8 && grams.some((g) => overlap(c, g) >= 0.7)),
  );
}

export function auditQuestion(d: QuestionDraft, src: QuizSource): string[] {
  const doc = src.docs.get(d.docId ?? '');
  if (!doc) return [];
  const wrong = d.options.filter((_, i) => !d.correct.includes(i));
  const flags: string[] = [];
  if (d.kind === '单选' && d.factKind === 'quote' && /哪篇|哪一年/.test(d.stem)) {
    const docs = [...src.docs.values()].filter((x) => x.id !== doc.id);
    for (const o of wrong)
      for (const x of docs.filter((x) => x.title === o || `${x.year}年` === o)) {
        const near = nearClauses(d.fact, x);
        if (near.length) flags.push(`近似句在“${o}”（${x.title}）：${near.join('，')}`);
      }
  } else if (d.factKind === 'term' && d.blanks.length === 1 && (d.kind === '填空' || d.kind === '单选')) {
    const rivals = slotRivals(d, src, d.kind === '单选' ? wrong : []);
    if (rivals.length) flags.push(`别处同句他词：${rivals.join('；')}`);
  } else if (d.factKind === 'number') flags.push(...auditNumber(d, src));
  else if (d.factKind === 'quote') flags.push(...auditQuote(d, src));
  const why = keyError(d, src);
  return why ? [...flags, `答案与原文不符：${why}`] : flags;
}

const checkOf = (d: QuestionDraft) =>
  d.kind === '单选' && d.factKind === 'quote' && /哪篇|哪一年/.test(d.stem)
    ? '单选出处'
    : d.factKind === 'term' && d.blanks.length === 1 && /填空|单选/.test(d.kind)
      ? `${d.kind}提法`
      : d.factKind === 'number'
        ? `${d.kind}数字`
        : d.factKind === 'quote' && d.kind === '填空'
          ? '填空金句'
          : d.factKind === 'quote' && /谁说的/.test(d.stem)
            ? '单选谁说的'
            : '其他';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { src, sample } = questionSample(process.argv[2]!, 1_000_000, 'audit:', new Set(), false, 'all');
  const counts = new Map<string, { questions: number; flagged: number }>();
  const flagged = [];
  for (const d of sample) {
    const c = counts.get(checkOf(d)) ?? { questions: 0, flagged: 0 };
    counts.set(checkOf(d), c);
    c.questions++;
    const flags = auditQuestion(d, src);
    if (!flags.length) continue;
    c.flagged++;
    flagged.push({ ...shown(d), doc: src.docs.get(d.docId ?? '')?.title, fact: d.fact, flags });
  }
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(flagged, null, 1) + '\n');
  else {
    console.log(`questions ${sample.length}, flagged ${flagged.length}`);
    for (const [k, c] of counts) console.log(`${k}: ${c.questions} questions, ${c.flagged} flagged`);
    for (const f of flagged)
      console.log(`\n[${f.kind}] ${f.stem}\n答案：${f.answer}\n出处：${f.doc}\n${f.flags.join('\n')}`);
  }
}

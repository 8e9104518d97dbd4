// Questions: the evaluation sample (100 generated questions assembled as a practice set from
// current material, fixed seed), judged labels from questions-judged.json, and a mechanical check
// of every answer key against the source text.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../../electron/core/app-core.js';
import { assemble } from '../../../electron/core/quiz/assemble.js';
import { fingerprint } from '../../../electron/core/quiz/fingerprint.js';
import { generateQuestions } from '../../../electron/core/quiz/generate.js';
import { isSourceStatement } from '../../../electron/core/quiz/generate-statements.js';
import { loadSource } from '../../../electron/core/quiz/source.js';
import type { QuestionDraft, QuizSource } from '../../../electron/core/quiz/types.js';
import { sentenceKey } from './library.js';
import { statementKeyError } from './statement-keys.js';

export interface QuestionLabel {
  fingerprint: string;
  kind: string;
  stem: string;
  answer: string;
  verdict: 'good' | 'acceptable' | 'bad';
  keyCorrect: boolean;
  reason: string;
}

/** Which of the library's questions a draw takes: every one but the 判断 of a source (the sample and every draw judged
 * before generate-statements.ts, whose places those would take), only those (questions-outside16.json), only the 填空 of
 * a 金句 (questions-fill67.json), only the 填空 and 单选 of a figure (questions-figures69.json), or all (the key audits). */
export type DrawSlot = 'earlier' | 'statements' | 'quoteFills' | 'figureFills' | 'all';

const inSlot = (d: QuestionDraft, slot: DrawSlot) =>
  slot === 'all' ||
  (slot === 'quoteFills'
    ? d.factKind === 'quote' && d.kind === '填空'
    : slot === 'figureFills'
      ? d.factKind === 'number' && (d.kind === '填空' || d.kind === '单选')
      : isSourceStatement(d) === (slot === 'statements'));

/** The source (study material only) and the 100-question sample, from a bundle. A draw outside the sample
 * (questions-outside*.json) orders by its own salt and leaves out the fingerprints already judged. */
export function questionSample(
  bundlePath: string,
  n = 100,
  salt = 'eval:',
  skip: ReadonlySet<string> = new Set(),
  /** false: every question in hash order, not assembled as one practice set (questions-outside12.json); 'byKind':
   * in hash order, each kind of question (填空, 单选, 判断) its share of the library's n (questions-outside18.json). */
  assembled: boolean | 'byKind' = true,
  slot: DrawSlot = 'earlier',
): { src: QuizSource; sample: QuestionDraft[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-eval-q-'));
  const core = createCore({ dataDir: dir, bundlePath });
  try {
    const src = loadSource(core.ctx);
    const library = generateQuestions(src, 'all', 100_000).filter((d) => inSlot(d, slot));
    const all = library.filter((d) => !skip.has(fingerprint(d)));
    // Ordered by a hash of each question's fingerprint, so a change to the generator replaces only
    // the questions it changed: the others keep their place (and their labels).
    const key = (d: QuestionDraft) =>
      createHash('sha1')
        .update(`${salt}${fingerprint(d)}`)
        .digest('hex');
    const ordered = all
      .map((d) => ({ d, k: key(d) }))
      .sort((a, b) => a.k.localeCompare(b.k))
      .map((x) => x.d);
    if (assembled === 'byKind') return { src, sample: byKindShare(ordered, library, n) };
    return { src, sample: assembled ? assemble(ordered, n) : ordered.slice(0, n) };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The first of `ordered` of each kind, as many as the kind's share of `library` in n (largest remainders); a kind
 * whose `ordered` runs short leaves its places to the next of the others, in order. */
function byKindShare(ordered: QuestionDraft[], library: QuestionDraft[], n: number): QuestionDraft[] {
  const kinds = [...new Set(library.map((d) => d.kind))].sort();
  const exact = kinds.map((k) => (library.filter((d) => d.kind === k).length * n) / library.length);
  const quota = exact.map(Math.floor);
  const byRest = kinds.map((_, i) => i).sort((a, b) => exact[b]! - quota[b]! - (exact[a]! - quota[a]!));
  for (const i of byRest.slice(0, n - quota.reduce((a, b) => a + b, 0))) quota[i]!++;
  const chosen = new Set(ordered.filter((d) => quota[kinds.indexOf(d.kind)]!-- > 0));
  for (const d of ordered) if (chosen.size < n) chosen.add(d);
  return ordered.filter((d) => chosen.has(d));
}

export function answerText(d: QuestionDraft): string {
  return d.kind === '填空' ? d.blanks.map((b) => b.text).join('；') : d.correct.map((i) => d.options[i]).join('；');
}

/** Why the answer key of a question is wrong against its source, or null when it holds. */
export function keyError(d: QuestionDraft, src: QuizSource): string | null {
  const doc = d.docId ? src.docs.get(d.docId) : undefined;
  if (!doc) return '找不到出处文档';
  const para = doc.paragraphs[d.paragraph ?? -1]?.text ?? '';
  if (para.slice(d.start ?? -1, d.end ?? -1) !== d.fact) return '原文与出处位置不符';
  for (const b of d.blanks) if (d.fact.slice(b.start, b.end) !== b.text) return `答案“${b.text}”不在原文该处`;
  const right = d.correct.map((i) => d.options[i] ?? '');
  const body = doc.paragraphs.map((p) => p.text).join('\n');
  const sourceKey = statementKeyError(d, src);
  if (sourceKey !== undefined) return sourceKey;
  if (d.kind === '判断') {
    const statement = /“(.*)”$/s.exec(d.stem)?.[1] ?? '';
    const inSource = d.fact === statement || body.includes(statement);
    if (right[0] === '正确' && !inSource) return '判为正确的陈述不在原文中';
    if (right[0] === '错误' && inSource) return '判为错误的陈述与原文相同';
    return null;
  }
  if (d.kind === '单选' && d.blanks.length === 1 && right[0] !== d.blanks[0]!.text) return '正确选项与原文不符';
  if (d.factKind === 'quote' && d.kind === '单选') {
    if (/哪篇/.test(d.stem) && right[0] !== doc.title) return '出处题的答案不是该文档';
    if (/哪一年/.test(d.stem) && right[0] !== `${doc.year}年`) return '年份题的答案不是该文档年份';
    if (/谁说的/.test(d.stem)) {
      const q = src.quotes.find((x) => x.docId === doc.id && sentenceKey(x.text) === sentenceKey(d.fact));
      if (!q || q.speaker !== right[0]) return '“谁说的”的答案不是确定的讲话人';
      const key = sentenceKey(d.fact);
      for (const o of d.options.filter((x) => x !== right[0]))
        for (const other of src.docs.values())
          if (other.speakers.includes(o) && sentenceKey(other.paragraphs.map((p) => p.text).join('')).includes(key))
            return `干扰项“${o}”也说过这句话`;
    }
  }
  return null;
}

export interface QuestionResult {
  total: number;
  good: number;
  acceptable: number;
  bad: QuestionLabel[];
  wrongKeys: { stem: string; why: string }[];
  unjudged: { fingerprint: string; kind: string; stem: string; fact: string; answer: string; options: string[] }[];
}

export function evalQuestions(
  sample: readonly QuestionDraft[],
  src: QuizSource,
  labels: readonly QuestionLabel[],
): QuestionResult {
  const byFp = new Map(labels.map((l) => [l.fingerprint, l]));
  const out: QuestionResult = { total: sample.length, good: 0, acceptable: 0, bad: [], wrongKeys: [], unjudged: [] };
  for (const d of sample) {
    const fp = fingerprint(d);
    const why = keyError(d, src);
    if (why) out.wrongKeys.push({ stem: d.stem + d.fact, why });
    const l = byFp.get(fp);
    if (!l) {
      out.unjudged.push({
        fingerprint: fp,
        kind: d.kind,
        stem: d.stem,
        fact: d.fact,
        answer: answerText(d),
        options: d.options,
      });
      continue;
    }
    if (!l.keyCorrect) out.wrongKeys.push({ stem: l.stem, why: `标注：${l.reason}` });
    if (l.verdict === 'good') out.good++;
    else if (l.verdict === 'acceptable') out.acceptable++;
    else out.bad.push(l);
  }
  return out;
}

// Putting a set of questions together (每日练习, 专题测验, 模拟考试): never two questions on the
// same sentence, never one whose visible text gives another's answer away, and spread over
// documents, kinds of fact and kinds of question instead of ten 填空 from one report.
import { normOption } from './options.js';
import type { QuestionDraft } from './types.js';

export type Assemblable = Pick<
  QuestionDraft,
  'kind' | 'factKind' | 'docId' | 'paragraph' | 'start' | 'end' | 'stem' | 'fact' | 'options' | 'correct' | 'blanks'
>;

/** What the learner must produce: blank texts, or the texts of the correct options. */
export function answersOf(q: Assemblable): string[] {
  if (q.kind === '填空' || q.kind === '判断') return q.blanks.map((b) => b.text);
  return q.correct.map((i) => q.options[i] ?? '');
}

/** What the learner sees before answering. */
export function visibleOf(q: Assemblable): string {
  if (q.kind === '填空') {
    let shown = q.fact;
    for (const b of [...q.blanks].sort((x, y) => y.start - x.start))
      shown = shown.slice(0, b.start) + '____' + shown.slice(b.end);
    return q.stem + shown;
  }
  return q.stem + (q.kind === '判断' ? '' : q.options.join('|'));
}

const meaningful = (a: string) => (normOption(a).match(/[\p{Script=Han}\d]/gu)?.length ?? 0) >= 2;

function sameSentence(a: Assemblable, b: Assemblable): boolean {
  if (!a.docId || a.docId !== b.docId || a.paragraph === null || a.paragraph !== b.paragraph) return false;
  if (a.start === null || a.end === null || b.start === null || b.end === null) return a.fact === b.fact;
  return a.start < b.end && b.start < a.end;
}

function givesAway(a: Assemblable, b: Assemblable): boolean {
  const seen = normOption(visibleOf(b));
  return answersOf(a).some((x) => meaningful(x) && seen.includes(normOption(x)));
}

/** Whether two questions may not stand in one set. */
export function conflicts(a: Assemblable, b: Assemblable): boolean {
  return sameSentence(a, b) || givesAway(a, b) || givesAway(b, a);
}

/**
 * Up to `n` questions from `candidates` (in priority order), compatible with each other and with
 * `fixed` (questions already in the set), at most a fifth from one document, three fifths of one
 * kind of fact and two fifths of one kind of question (填空, 单选, 判断: so a set of ten holds a
 * 判断 too when the bank has one) while other candidates remain (the document spread gives way last).
 */
export function assemble<T extends Assemblable>(candidates: readonly T[], n: number, fixed: readonly T[] = []): T[] {
  const chosen: T[] = [];
  const docCap = Math.max(1, Math.ceil(n / 5));
  const kindCap = Math.max(1, Math.ceil((n * 3) / 5));
  const count = (key: (q: T) => string | null, v: string | null) => chosen.filter((q) => key(q) === v).length;
  const docOk = (q: T) => q.docId === null || count((x) => x.docId, q.docId) < docCap;
  const questionCap = Math.max(1, Math.ceil((n * 2) / 5));
  const kindOk = (q: T) => count((x) => x.factKind, q.factKind) < kindCap;
  const questionOk = (q: T) => count((x) => x.kind, q.kind) < questionCap;
  // Every spread first, then documents and question kinds, then documents only (spreading documents matters most),
  // then none.
  const passes: ((q: T) => boolean)[] = [
    (q) => docOk(q) && kindOk(q) && questionOk(q),
    (q) => docOk(q) && questionOk(q),
    docOk,
    () => true,
  ];
  for (const ok of passes)
    for (const q of candidates) {
      if (chosen.length >= n) return chosen;
      if (!chosen.includes(q) && ok(q) && ![...fixed, ...chosen].some((o) => conflicts(o, q))) chosen.push(q);
    }
  return chosen;
}

// 多选 “下列哪些提法出现在《…》中” (generate-terms.ts): 提法 of one document mixed with 提法 that never occur in it.
// `factFor`: the sentence generate-terms.ts asks a 提法 in.
import { normOption } from './options.js';
import { hashString, seededRng, shuffle } from './rng.js';
import { inUseBy, looseHan, occursLoosely } from './term-distractors.js';
import { docLabel } from './source.js';
import type { QuestionDraft, QuizSource, SourceTerm } from './types.js';

/** Whether the document says a 提法 with a word of one or two characters set inside it (人民当家作主: 1983's 人民群众
 * 当家作主): a learner ticking it is right, so it is no wrong option (questions-outside13.json, held out). `loose`: the
 * document's looseHan. */
export function saidWithWordIn(term: string, loose: string): boolean {
  const han = looseHan(term);
  for (let i = 2; i <= han.length - 2; i++)
    if (new RegExp(`${han.slice(0, i)}\\p{Script=Han}{1,2}${han.slice(i)}`, 'u').test(loose)) return true;
  return false;
}

/** 多选: two or three 提法 of one document mixed with 提法 that never occur in it. */
export function multiChoice(
  src: QuizSource,
  byTerm: Map<string, SourceTerm[]>,
  factFor: (src: QuizSource, t: SourceTerm) => { start: number; end: number; text: string } | null,
): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const termsOf = new Map<string, Set<string>>();
  for (const [term, occ] of byTerm)
    for (const o of occ) termsOf.set(o.docId, (termsOf.get(o.docId) ?? new Set()).add(term));
  const all = [...byTerm.keys()];
  for (const [docId, set] of termsOf) {
    const doc = src.docs.get(docId);
    // Not of a user's import: which 提法 a paper holds is all it asks, judged dull (acceptable) in every imported draw
    // (questions-imported19.json, questions-imported26.json); its 提法 are asked in their sentences instead.
    if (!doc || set.size < 3 || docId.startsWith('u:')) continue;
    const rng = seededRng(hashString('multi:' + docId));
    // A 提法 inside another one of the document (从严治党 in 全面从严治党) is no option of its own: ticked or
    // not, a learner who read 全面从严治党 is right either way. Nor is a wrong one holding a right one.
    const nested = (t: string) => [...set].some((o) => o !== t && o.includes(t));
    const right = shuffle([...set], rng)
      .slice(0, 2 + Math.floor(rng() * 2))
      .filter((t) => !nested(t));
    if (right.length < 2) continue;
    // A wrong option must not occur anywhere in the document, quoted or not, and must be of its
    // time (a formulation first found later gives itself away).
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    const loose = looseHan(text);
    const wrong: string[] = [];
    for (const t of shuffle(
      all.filter((t) => !set.has(t) && !text.includes(t) && inUseBy(t, doc.year, src.firstSeen)),
      rng,
    )) {
      if (wrong.length >= 4 - right.length) break;
      if (!right.some((r) => t.includes(r)) && !occursLoosely(t, text, loose) && !saidWithWordIn(t, loose))
        wrong.push(t);
    }
    if (wrong.length < 1) continue;
    const options = shuffle([...right, ...wrong], rng);
    if (new Set(options.map(normOption)).size !== options.length) continue;
    const first = byTerm.get(right[0] as string)?.find((o) => o.docId === docId);
    const fact = first ? factFor(src, first) : null;
    if (!first || !fact) continue;
    const rel = first.start - fact.start;
    out.push({
      kind: '多选',
      factKind: 'term',
      docId,
      paragraph: first.paragraph,
      start: fact.start,
      end: fact.end,
      fact: fact.text,
      stem: `下列哪些提法出现在${docLabel(doc)}中？`,
      options,
      correct: options.map((o, i) => (right.includes(o) ? i : -1)).filter((i) => i >= 0),
      blanks: [{ start: rel, end: rel + first.term.length, text: first.term }],
      explanation: `${docLabel(doc)}中出现的提法：${right.join('、')}。`,
      tags: ['提法'],
    });
  }
  return out;
}

// 多选 “下列哪些提法出现在《…》中” (generate-terms.ts): 提法 of one document mixed with 提法 that never occur in it.
// `factFor`: the sentence generate-terms.ts asks a 提法 in.
import { normOption } from './options.js';
import { hashString, seededRng, shuffle } from './rng.js';
import { inUseBy, looseHan, occursLoosely } from './term-distractors.js';
import { docLabel } from './source.js';
import type { QuestionDraft, QuizSource, SourceTerm } from './types.js';

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
    const wrong = shuffle(
      all.filter((t) => !set.has(t) && !text.includes(t) && inUseBy(t, doc.year, src.firstSeen)),
      rng,
    )
      .filter((t) => !right.some((r) => t.includes(r)) && !occursLoosely(t, text, loose))
      .slice(0, 4 - right.length);
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

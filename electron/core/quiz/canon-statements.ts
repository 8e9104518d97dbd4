// A few canonical statements of the form X是…的核心/精髓/灵魂 that a learner is taught word for word. A user's document
// that says the same predicate of another subject (求真务实是我们党的思想路线的核心内容; the canon: 实事求是 is the core
// of the Party's ideological line) must not become a question: whether it misstates the formula or quotes a rarer
// wording, the canonical subject fits its slot and the question would teach the wrong words or have two answers.
import { hanChars } from '../text/normalize.js';

/** Predicate (Han only) → the subjects the canon says it of. */
const CANON: readonly [string, readonly string[]][] = [
  ['思想路线的核心', ['实事求是']],
  ['马克思主义的精髓', ['实事求是']],
  ['马克思列宁主义的精髓', ['实事求是']],
  ['毛泽东思想的精髓', ['实事求是']],
  ['毛泽东思想活的灵魂', ['实事求是', '群众路线', '独立自主']],
  ['根本工作路线', ['群众路线']],
  ['中国特色社会主义最本质的特征', ['中国共产党领导', '党的领导']],
  ['党的根本组织原则', ['民主集中制']],
  ['民族精神的核心', ['爱国主义']],
  ['时代精神的核心', ['改革创新']],
];

/** Whether the sentence states a canonical predicate (X是…P, or P是X) of a subject that is none of its canonical ones.
 * The subject is read in the clause holding the predicate (爱国主义是时代精神的核心，改革创新是民族精神的核心: each
 * clause its own), or in the clauses before it when that clause opens on 是 (求真务实，是…科学精神，是…的核心内容). */
export function misstatesCanon(sentence: string): boolean {
  const clauses = sentence.split(/[，,；;。！!？?]/).map(hanChars);
  return clauses.some((clause, i) =>
    CANON.some(([predicate, subjects]) => {
      const at = clause.indexOf(predicate);
      if (at < 0) return false;
      const before = clause.slice(0, at);
      const copula = before.lastIndexOf('是');
      const after = /^(?:内容)?(?:就)?是(.*)$/.exec(clause.slice(at + predicate.length));
      const subject =
        copula > 0 ? before.slice(0, copula) : copula === 0 ? clauses.slice(0, i).join('') : (after?.[1] ?? null);
      return subject !== null && !subjects.some((s) => subject.includes(s));
    }),
  );
}

// Text helpers the key audit's checks share (scripts/eval/key-audit*.ts): folded Han, a document's body, and the
// sentence of a blank said elsewhere with other text in its slot.
import type { QuestionDraft, QuizSource, SourceDoc } from '../../electron/core/quiz/types.js';
import { foldForSearch } from '../../electron/core/text/normalize.js';

export const han = (s: string) => (foldForSearch(s).match(/\p{Script=Han}/gu) ?? []).join('');
export const bodyOf = (d: SourceDoc) => d.paragraphs.map((p) => p.text).join('\n');

/** Documents holding blank `at`'s sentence (6 Han either side) with other text in the slot: "title: slot" each,
 * only slots among `options` when given. Its own place in its own document is not counted. */
export function slotRivals(d: QuestionDraft, src: QuizSource, options: string[], at = 0): string[] {
  const b = d.blanks[at]!;
  const left = han(d.fact.slice(0, b.start)).slice(-6);
  const right = han(d.fact.slice(b.end)).slice(0, 6);
  if (left.length < 2 || right.length < 2 || left.length + right.length < 6) return [];
  const out: string[] = [];
  for (const doc of src.docs.values()) {
    const body = han(bodyOf(doc));
    for (let i = body.indexOf(left); i >= 0; i = body.indexOf(left, i + 1)) {
      const j = body.indexOf(right, i + left.length);
      if (j < 0 || j - i - left.length > han(b.text).length + 4) continue;
      const slot = body.slice(i + left.length, j);
      if (doc.id === d.docId && slot === han(b.text)) continue;
      if (slot && slot !== han(b.text) && (options.length === 0 || options.some((o) => han(o) === slot)))
        out.push(`${doc.title}: ${slot}`);
    }
  }
  return [...new Set(out)];
}

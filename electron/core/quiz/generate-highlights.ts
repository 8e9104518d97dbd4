// A user's highlighted passage → 填空. The user may pick the words to blank; otherwise the
// passage's 提法 are suggested first, then key content words (key-blanks.ts, as for 金句).
import type { CoreContext } from '../context.js';
import { keyBlanks } from './key-blanks.js';
import { docLabel, paragraphText } from './source.js';
import type { QuestionDraft, QuizSource } from './types.js';

interface AnnotationRow {
  doc_id: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
}

/** Suggested blank spans for a piece of text, as offsets into it. */
export function suggestBlanks(text: string, max = 2): { start: number; end: number; text: string }[] {
  return keyBlanks(text, max);
}

export function generateFromHighlights(ctx: CoreContext, src: QuizSource): QuestionDraft[] {
  const rows = ctx.userDb
    .prepare('SELECT doc_id, paragraph, start, end, quote FROM annotations WHERE deleted_at IS NULL ORDER BY id')
    .all() as AnnotationRow[];
  const out: QuestionDraft[] = [];
  for (const r of rows) {
    const p = paragraphText(src, r.doc_id, r.paragraph);
    const doc = src.docs.get(r.doc_id);
    // Only highlights still anchored exactly where they were made become questions.
    if (!doc || p === null || p.slice(r.start, r.end) !== r.quote || r.quote.length < 6 || r.quote.length > 160)
      continue;
    const blanks = suggestBlanks(r.quote, r.quote.length > 30 ? 2 : 1);
    if (blanks.length === 0) continue;
    out.push({
      kind: '填空',
      factKind: 'highlight',
      docId: r.doc_id,
      paragraph: r.paragraph,
      start: r.start,
      end: r.end,
      stem: `补全划线内容（${docLabel(doc)}）：`,
      fact: r.quote,
      options: [],
      correct: [],
      blanks,
      explanation: `划线自${docLabel(doc)}。`,
      tags: ['划线'],
    });
  }
  return out;
}

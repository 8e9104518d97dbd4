// 金句 → 填空 (a 提法 or key word of the sentence blanked), and 单选 “这句话出自哪篇文献/哪一年/
// 是谁说的”. Only a speaker the extraction is certain of is asked for; a sentence that other
// documents of the library repeat, or a well-known saying, is not asked about its source, and no
// option is a document, year or speaker that also says it. Distractors are the library's own
// titles, years and speakers of the same period. What is known of each quote: quote-facts.ts; each kind of question
// in its own file.
import { quoteLibrary } from './quote-library.js';
import { quoteFacts } from './quote-facts.js';
import { fillQuestion } from './quote-fill.js';
import { titleQuestion, yearAsked, yearQuestion } from './quote-source.js';
import { speakerQuestion } from './quote-speaker.js';
import { quoteStatement } from './generate-statements.js';
import type { QuestionDraft, QuizSource } from './types.js';

export function generateFromQuotes(src: QuizSource): QuestionDraft[] {
  return quoteQuestions(src).asked;
}

/** The 金句's questions, and apart (generate.ts lists them last, so no other question moves) the 判断 of its source
 * (generate-statements.ts), made of each title question. */
export function quoteQuestions(src: QuizSource): { asked: QuestionDraft[]; statements: QuestionDraft[] } {
  const lib = quoteLibrary(src);
  const out: QuestionDraft[] = [];
  const statements: QuestionDraft[] = [];
  for (const q of src.quotes) {
    const f = quoteFacts(lib, q);
    if (!f) continue;
    // In this order: the title question and the year test draw on the quote's rng.
    const fill = fillQuestion(lib, f);
    const title = titleQuestion(lib, f);
    const asked = [fill, title];
    asked.push(yearAsked(lib, f) ? yearQuestion(lib, f) : speakerQuestion(lib, f));
    for (const d of asked) if (d) out.push(d);
    const statement = title && quoteStatement(title, lib.docs, f.quoted, q.id + q.text, src.firstSeen);
    if (statement) statements.push(statement);
  }
  return { asked: out, statements };
}

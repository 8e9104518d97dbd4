// A press conference or an interview set down as a transcript: `问：……` paragraphs, and answers that
// open on the answerer's name (`邵明：稳外贸，关键是……`). An answer is that person's words when the
// text also names him under a post (`市商务局局长邵明回答记者提问`); a name it gives nowhere else, or
// `答：` alone, gives no speaker. The questions are the reporter's, nobody's to quote.
import { postedPeople } from './pronoun-speaker.js';

const QUESTION = /^\s*(?:问|记者|提问)[：:]/;
const TURN = /^\s*([\u4e00-\u9fff]{2,4})[：:]\s*/;

/** Per paragraph (folded, null for a heading): the answerer and where the answer starts, or null. */
export function transcriptTurns(paragraphs: readonly (string | null)[]): ({ name: string; at: number } | null)[] {
  if (!paragraphs.some((p) => p !== null && QUESTION.test(p))) return paragraphs.map(() => null);
  const posted = new Set(postedPeople(paragraphs.filter((p) => p !== null).join('\n')));
  return paragraphs.map((p) => {
    const m = p === null ? null : TURN.exec(p);
    return m && posted.has(m[1]!) ? { name: m[1]!, at: m[0].length } : null;
  });
}

// Splits pasted text into the sentences to check one by one. A 金句 may hold commas and
// semicolons (couplets, parallel clauses), so only full stops, question and exclamation marks and
// line breaks end a sentence; very short pieces (“是的。”) join the sentence before them.
import { comparisonKey } from '../text/normalize.js';

export interface PastedSentence {
  text: string;
  start: number;
  end: number;
}

/** Fewer key characters than this cannot identify a source. */
export const MIN_KEY_CHARS = 4;
const END = /[。！？!?\n]/;
const CLOSERS = /[”’」』）)\s]/;

export function pastedSentences(text: string): PastedSentence[] {
  const raw: PastedSentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !END.test(text[i]!)) continue;
    let end = Math.min(i + 1, text.length);
    while (end < text.length && CLOSERS.test(text[end]!) && text[end] !== '\n') end++;
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) raw.push({ text: body, start: start + lead, end: start + lead + body.length });
    if (end >= text.length) break;
    start = end;
    i = end - 1;
  }
  const out: PastedSentence[] = [];
  for (const s of raw) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (comparisonKey(s.text).key.length < MIN_KEY_CHARS || comparisonKey(prev.text).key.length < MIN_KEY_CHARS)
    ) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, s.end);
    } else out.push({ ...s });
  }
  return out;
}

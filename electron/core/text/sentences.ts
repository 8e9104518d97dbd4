// Splits a paragraph into sentences with their offsets, so a fact can be located exactly.
import { unitSet } from './unit-set.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const END = unitSet('。！？；!?;');
/** Space and the list bullets slides and briefings open a line with (◆ 作风建设关系…): not the sentence's. */
const LEAD = /[\s◆◇■□●○▲△▶►•]/;

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (END.has(paragraph.charCodeAt(i)) || i === paragraph.length - 1) {
      let end = i + 1;
      // Keep a closing quote with its sentence: 。” belongs together.
      while (end < paragraph.length && /[”’）)]/.test(paragraph[end] as string)) end++;
      let s = start;
      while (s < end && LEAD.test(paragraph[s] as string)) s++;
      if (end > s) out.push({ start: s, end, text: paragraph.slice(s, end) });
      start = end;
      i = end - 1;
    }
  }
  return out;
}

/** The sentence of `paragraph` that contains offset `at`. */
export function sentenceAt(paragraph: string, at: number): Sentence | null {
  return splitSentences(paragraph).find((s) => at >= s.start && at < s.end) ?? null;
}

/** Clauses (split also at commas) — shorter facts for numbers buried in long sentences. */
export function splitClauses(sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let s = sentence.start;
  const text = sentence.text;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || /[，,。！？；;!?]/.test(ch)) {
      const e = sentence.start + i + (ch === undefined ? 0 : 1);
      // A clause keeps its full stop but not a trailing comma or semicolon.
      const keep = ch !== undefined && /[，,；;]/.test(ch) ? e - 1 : e;
      if (keep > s) out.push({ start: s, end: keep, text: text.slice(s - sentence.start, keep - sentence.start) });
      s = e;
    }
  }
  return out;
}

// 填空 text with its blanks marked 【…】: how authors write blanks, and back to a fact with
// explicit blank spans (the stored text has no marks).
import type { QuizItem } from '../../../../electron/contract/api';

/** 【】-marked text for an existing 填空 item. */
export function markBlanks(item: QuizItem): string {
  let out = '';
  let last = 0;
  for (const b of item.blanks) {
    out += item.fact.slice(last, b.start) + '【' + b.text + '】';
    last = b.end;
  }
  return out + item.fact.slice(last);
}

export function parseMarked(text: string): { fact: string; blanks: { start: number; end: number }[] } {
  let fact = '';
  const blanks: { start: number; end: number }[] = [];
  const re = /【([^】]*)】/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    fact += text.slice(last, m.index);
    blanks.push({ start: fact.length, end: fact.length + (m[1] ?? '').length });
    fact += m[1] ?? '';
    last = (m.index ?? 0) + m[0].length;
  }
  return { fact: fact + text.slice(last), blanks };
}

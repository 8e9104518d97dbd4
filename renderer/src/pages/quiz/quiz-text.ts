// Small display helpers shared by the quiz views (the renderer never imports core code).
import type { QuizItem } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';

export const letter = (i: number) => String.fromCharCode(65 + i);

/** The fact split into text and blank pieces, following the item's explicit blank spans. */
export function factPieces(item: QuizItem): ({ text: string } | { blank: number; answer: string })[] {
  const out: ({ text: string } | { blank: number; answer: string })[] = [];
  let last = 0;
  item.blanks.forEach((b, i) => {
    if (b.start > last) out.push({ text: item.fact.slice(last, b.start) });
    out.push({ blank: i, answer: b.text });
    last = b.end;
  });
  if (last < item.fact.length) out.push({ text: item.fact.slice(last) });
  return out;
}

export function correctAnswerText(item: QuizItem): string {
  if (item.kind === '填空') return item.blanks.map((b) => b.text).join('；');
  return item.correct.map((i) => `${letter(i)}. ${item.options[i] ?? ''}`).join('；');
}

/** “查看原文”: the reader at the source passage, marked as the current hit (else its opening words). */
export function sourceHref(item: QuizItem): string | null {
  if (!item.docId) return null;
  if (item.paragraph !== null && item.start !== null && item.end !== null && item.end > item.start)
    return routeHref('reader', { id: item.docId, p: item.paragraph, s: item.start, e: item.end });
  return routeHref('reader', { id: item.docId, q: item.fact ? `"${item.fact.slice(0, 16)}"` : undefined });
}

export const KIND_LABEL: Record<QuizItem['kind'], string> = {
  填空: '填空题',
  单选: '单选题',
  多选: '多选题',
  判断: '判断题',
};

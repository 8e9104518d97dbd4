// Anki-compatible CSV: header lines Anki understands (#separator, #html, #tags column), then
// front (question with options), back (answer + explanation + source), tags.
import Papa from 'papaparse';
import type { QuizItem } from '../../contract/api.js';
import { printQuestion } from '../../shared/quiz-paper.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function ankiCsv(items: QuizItem[]): string {
  const rows = items.map((item, i) => {
    const q = printQuestion(item, i + 1);
    const front = [...q.lines, ...q.options].map(esc).join('<br>');
    const back = [`答案：${q.answer}`, q.explanation && `解析：${q.explanation}`, q.source && `出处：${q.source}`]
      .filter(Boolean)
      .map((s) => esc(s as string))
      .join('<br>');
    const tags = ['学习书架', item.kind, ...item.tags].map((t) => t.replace(/\s+/g, '_')).join(' ');
    return [front, back, tags];
  });
  return ['#separator:Comma', '#html:true', '#tags column:3', Papa.unparse(rows, { newline: '\n' })].join('\n') + '\n';
}

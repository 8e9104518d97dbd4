// The printable form of a question, shared by the HTML and DOCX papers and the Anki export:
// the question as printed (blanks as underlines, options lettered) and its answer line.
import type { QuizItem } from '../contract/api.js';

export const BLANK_LINE = '＿＿＿＿';

/** The fact with each blank span replaced by an underline. */
export function blankedFact(item: QuizItem, mark = BLANK_LINE): string {
  let out = '';
  let last = 0;
  for (const b of item.blanks) {
    out += item.fact.slice(last, b.start) + mark;
    last = b.end;
  }
  return out + item.fact.slice(last);
}

export interface PrintedQuestion {
  /** The quiz item printed (so other views can show the same number). */
  itemId: number;
  number: number;
  kind: QuizItem['kind'];
  /** Lines of the question body. */
  lines: string[];
  options: string[];
  answer: string;
  explanation: string;
  source: string;
}

export function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

export function printQuestion(item: QuizItem, number: number): PrintedQuestion {
  const lines =
    item.kind === '填空'
      ? [item.stem, blankedFact(item)].filter((l) => l.trim())
      : item.stem.split('\n').filter((l) => l.trim());
  const answer =
    item.kind === '填空'
      ? item.blanks.map((b) => b.text).join('；')
      : item.correct.map((i) => `${letter(i)}（${item.options[i] ?? ''}）`).join('、');
  return {
    itemId: item.id,
    number,
    kind: item.kind,
    lines,
    options: item.kind === '填空' ? [] : item.options.map((o, i) => `${letter(i)}. ${o}`),
    answer,
    explanation: item.explanation,
    source: item.sourceTitle ? `《${item.sourceTitle}》` : '',
  };
}

export const KIND_ORDER: QuizItem['kind'][] = ['单选', '多选', '判断', '填空'];
export const KIND_TITLE: Record<QuizItem['kind'], string> = {
  单选: '单项选择题',
  多选: '多项选择题',
  判断: '判断题',
  填空: '填空题',
};
const CN_NUM = ['一', '二', '三', '四'];

/** Questions grouped by kind in exam order, numbered continuously: [section title, questions]. */
export function paperSections(items: QuizItem[]): { title: string; questions: PrintedQuestion[] }[] {
  let n = 0;
  const sections: { title: string; questions: PrintedQuestion[] }[] = [];
  for (const kind of KIND_ORDER) {
    const group = items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    sections.push({
      title: `${CN_NUM[sections.length]}、${KIND_TITLE[kind]}（共 ${group.length} 题）`,
      questions: group.map((i) => printQuestion(i, ++n)),
    });
  }
  return sections;
}

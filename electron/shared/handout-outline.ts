// The structure of a 学习材料汇编, shared by the DOCX export and the print page in the renderer
// (pure: no Node imports). Items are grouped into sections; each section keeps agenda order.
import type { QuizItem, SessionItem, StudySession } from '../contract/api.js';
import { paperSections } from './quiz-paper.js';

export interface HandoutEntry {
  heading: string;
  paragraphs: string[];
  /** "出处：…" line, or '' when the item has none. */
  source: string;
  /** Indented lines (quiz options). */
  options?: string[];
  /** Line in the table of contents; absent = not listed. */
  toc?: string;
}
export interface HandoutSection {
  key: 'material' | 'quotes' | 'questions' | 'quiz';
  heading: string;
  entries: HandoutEntry[];
}
export interface HandoutOutline {
  title: string;
  subtitle: string;
  meta: [string, string][];
  sections: HandoutSection[];
  answerKey: { heading: string; lines: string[] } | null;
}

const CN = ['一', '二', '三', '四', '五', '六'];

export function formatDateCn(date: string | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}

export function sourceLine(citation: string): string {
  return citation.trim() ? `出处：${citation.trim()}` : '';
}

/** An item's 出处 as printed and projected: a historical document's says so (历史文献). */
export function itemCitation(item: Pick<SessionItem, 'citation' | 'historical'>): string {
  return item.historical && item.citation.trim() ? `${item.citation.trim()}（历史文献）` : item.citation;
}

/** Shown beside a 金句 whose words were found in the library (引文核对). */
export const VERIFIED_MARK = '✓ 已核对原文';

function short(text: string, n = 24): string {
  return text.length > n ? text.slice(0, n) + '…' : text;
}

function materialEntry(item: SessionItem, n: number): HandoutEntry {
  if (item.kind === 'document') {
    const heading = `${n}. 《${item.content}》`;
    return { heading, paragraphs: item.paragraphs, source: sourceLine(itemCitation(item)), toc: heading };
  }
  if (item.kind === 'note')
    return {
      heading: `${n}. 说明`,
      paragraphs: [item.content],
      source: sourceLine(itemCitation(item)),
      toc: `${n}. 说明：${short(item.content)}`,
    };
  const work = /《[^》]+》/.exec(item.citation)?.[0];
  return {
    heading: `${n}. 摘录`,
    paragraphs: [item.content],
    source: sourceLine(itemCitation(item)),
    toc: `${n}. 摘录${work ? `（${work}）` : `：${short(item.content)}`}`,
  };
}

/** All quiz questions of the session, in agenda order, without repeats. */
export function sessionQuiz(session: StudySession): QuizItem[] {
  const seen = new Set<number>();
  return session.items.flatMap((i) => i.quiz).filter((q) => !seen.has(q.id) && (seen.add(q.id), true));
}

export function handoutOutline(session: StudySession): HandoutOutline {
  const by = (kinds: SessionItem['kind'][]) => session.items.filter((i) => kinds.includes(i.kind));
  const sections: HandoutSection[] = [];
  const add = (key: HandoutSection['key'], title: string, entries: HandoutEntry[]) => {
    if (entries.length) sections.push({ key, heading: `${CN[sections.length]}、${title}`, entries });
  };
  add(
    'material',
    '学习材料',
    by(['document', 'excerpt', 'note']).map((x, i) => materialEntry(x, i + 1)),
  );
  add(
    'quotes',
    '金句摘编',
    by(['quote']).map((q, i) => ({
      heading: `${i + 1}.`,
      paragraphs: [q.content],
      source: [sourceLine(itemCitation(q)), q.verified ? VERIFIED_MARK : ''].filter(Boolean).join('　'),
      toc: `${i + 1}. ${short(q.content)}`,
    })),
  );
  add(
    'questions',
    '研讨题',
    by(['question']).map((q, i) => ({
      heading: `${i + 1}. ${q.content}`,
      paragraphs: [],
      source: sourceLine(q.citation),
      toc: `${i + 1}. ${short(q.content)}`,
    })),
  );
  const quiz = sessionQuiz(session);
  const paper = paperSections(quiz);
  add(
    'quiz',
    '随堂测验',
    paper.flatMap((s) => [
      { heading: s.title.replace(/^(.)、/, '（$1）'), paragraphs: [], source: '' },
      ...s.questions.map((q) => ({
        heading: `${q.number}. ${q.lines[0] ?? ''}${q.kind === '填空' ? '' : '（　　）'}`,
        paragraphs: q.lines.slice(1),
        source: '',
        options: q.options,
      })),
    ]),
  );
  const answerKey = quiz.length
    ? {
        heading: '附：随堂测验参考答案',
        lines: paper.flatMap((s) =>
          s.questions.map((q) => `${q.number}. ${q.answer}${q.source ? `（出处：${q.source}）` : ''}`),
        ),
      }
    : null;
  const meta: [string, string][] = (
    [
      ['时间', formatDateCn(session.date)],
      ['地点', session.place],
      ['主持人', session.host],
    ] as [string, string][]
  ).filter(([, v]) => v);
  return { title: session.title, subtitle: `${session.kind}·学习材料汇编`, meta, sections, answerKey };
}

// Projector slides from a session: one screen per agenda item, and one per quiz question (the
// quiz show). Documents are shown as title plus opening paragraphs.
import type { QuizItem, SessionItem, StudySession } from '../../../../electron/contract/api';

export type Slide =
  | { kind: 'title'; title: string; subtitle: string }
  | {
      kind: 'text';
      label: string;
      title: string;
      body: string[];
      citation: string;
      large: boolean;
      /** 金句 checked against the library (shows a check mark). */
      verified?: boolean;
    }
  | { kind: 'question'; number: number; text: string }
  | { kind: 'quiz'; number: number; total: number; item: QuizItem };

function itemSlides(item: SessionItem, counters: { question: number }): Slide[] {
  switch (item.kind) {
    case 'document':
      return [
        {
          kind: 'text',
          label: '学习文献',
          title: `《${item.content}》`,
          body: item.paragraphs.slice(0, 3),
          citation: item.citation,
          large: false,
        },
      ];
    case 'excerpt':
      return [
        { kind: 'text', label: '原文摘录', title: '', body: [item.content], citation: item.citation, large: false },
      ];
    case 'quote':
      return [
        {
          kind: 'text',
          label: '金句',
          title: '',
          body: [item.content],
          citation: item.citation,
          large: true,
          verified: item.verified === true,
        },
      ];
    case 'note':
      return [{ kind: 'text', label: '说明', title: '', body: [item.content], citation: item.citation, large: false }];
    case 'question':
      return [{ kind: 'question', number: ++counters.question, text: item.content }];
    case 'quiz':
      return item.quiz.map((q, i) => ({ kind: 'quiz', number: i + 1, total: item.quiz.length, item: q }));
  }
}

export function buildSlides(s: StudySession): Slide[] {
  const counters = { question: 0 };
  return [
    {
      kind: 'title',
      title: s.title,
      subtitle: [s.kind, s.date ?? '', s.host ? `主持人：${s.host}` : ''].filter(Boolean).join('　'),
    },
    ...s.items.flatMap((i) => itemSlides(i, counters)),
  ];
}

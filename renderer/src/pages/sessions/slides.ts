// Projector slides from a session: one screen per agenda item, and one per quiz question (the
// quiz show). Documents are shown as title plus opening paragraphs. Quiz questions carry the
// numbers of the printed handout (grouped by kind: 单选, 多选, 判断, 填空), in that order, so the
// projector and the paper in people's hands always agree.
import type { QuizItem, SessionItem, StudySession } from '../../../../electron/contract/api';
import { itemCitation, sessionQuiz } from '../../../../electron/shared/handout-outline';
import { paperSections } from '../../../../electron/shared/quiz-paper';

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

interface Numbering {
  question: number;
  /** Handout number of each quiz question, and how many there are in the whole session. */
  quiz: Map<number, number>;
  quizTotal: number;
}

function itemSlides(item: SessionItem, counters: Numbering): Slide[] {
  switch (item.kind) {
    case 'document':
      return [
        {
          kind: 'text',
          label: '学习文献',
          title: `《${item.content}》`,
          body: item.paragraphs.slice(0, 3),
          citation: itemCitation(item),
          large: false,
        },
      ];
    case 'excerpt':
      return [
        {
          kind: 'text',
          label: '原文摘录',
          title: '',
          body: [item.content],
          citation: itemCitation(item),
          large: false,
        },
      ];
    case 'quote':
      return [
        {
          kind: 'text',
          label: '金句',
          title: '',
          body: [item.content],
          citation: itemCitation(item),
          large: true,
          verified: item.verified === true,
        },
      ];
    case 'note':
      return [
        { kind: 'text', label: '说明', title: '', body: [item.content], citation: itemCitation(item), large: false },
      ];
    case 'question':
      return [{ kind: 'question', number: ++counters.question, text: item.content }];
    case 'quiz':
      return item.quiz
        .map((q) => ({
          kind: 'quiz' as const,
          number: counters.quiz.get(q.id) ?? 0,
          total: counters.quizTotal,
          item: q,
        }))
        .sort((a, b) => a.number - b.number);
  }
}

export function buildSlides(s: StudySession): Slide[] {
  const quiz = sessionQuiz(s);
  const numbers = new Map(
    paperSections(quiz).flatMap((sec) => sec.questions.map((q) => [q.itemId, q.number] as const)),
  );
  const counters: Numbering = { question: 0, quiz: numbers, quizTotal: quiz.length };
  return [
    {
      kind: 'title',
      title: s.title,
      subtitle: [s.kind, s.date ?? '', s.host ? `主持人：${s.host}` : ''].filter(Boolean).join('　'),
    },
    ...s.items.flatMap((i) => itemSlides(i, counters)),
  ];
}

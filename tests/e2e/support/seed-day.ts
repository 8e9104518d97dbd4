// A realistic first week of data for the page-by-page screenshots: a highlighted document, a 金句
// saved, questions answered (one wrong), a study session with material, a quiz and a record.
import type { Core } from '../../../electron/core/app-core.js';

export interface SeededDay {
  docId: string;
  sessionId: number;
}

export async function seedDay(core: Core): Promise<SeededDay> {
  const h = core.handlers;
  const found = await h.search({ query: '基层党组织', sort: 'relevance', offset: 0, limit: 1 });
  const docId = found.hits[0]!.docId;
  const doc = await h.getDocument({ id: docId });
  const p = doc.paragraphs.findIndex((x) => x.kind === 'p' && x.text.length > 60);
  const text = doc.paragraphs[p]!.text;
  const end = text.indexOf('。') + 1 || 30;
  await h.createAnnotation({
    docId,
    paragraph: p,
    start: 0,
    end,
    color: 'yellow',
    note: '要反复学习',
    tags: ['学习/重点'],
  });
  await h.saveQuote({ docId, paragraph: p, text: text.slice(0, end), speaker: null, occasion: null, tags: ['金句'] });
  const daily = await h.quizDaily({});
  const answered = daily.items.slice(0, 4);
  for (const [i, item] of answered.entries()) {
    const right = i !== 1;
    const wrong = item.options.findIndex((_, j) => !item.correct.includes(j));
    await h.quizAnswer({
      itemId: item.id,
      mode: 'daily',
      ...(item.kind === '填空'
        ? { blanks: item.blanks.map((b) => (right ? b.text : '错')) }
        : { choice: right ? item.correct : [wrong] }),
      durationMs: 8000,
    });
  }
  const session = await h.createSession({
    title: '学习基层党建重要论述',
    kind: '主题党日',
    date: '2025-03-12',
    place: '二楼会议室',
    host: '王支书',
    attendees: ['张明', '李华', '赵强', '陈静'],
  } as never);
  await h.addSessionItem({ sessionId: session.id, kind: 'document', docId });
  await h.addSessionItem({ sessionId: session.id, kind: 'excerpt', docId, paragraph: p, start: 0, end });
  await h.addSessionItem({
    sessionId: session.id,
    kind: 'question',
    text: '结合本支部实际，谈谈如何把基层党组织建设成为坚强战斗堡垒？',
  });
  const quizIds = daily.items
    .filter((i) => i.kind !== '填空')
    .slice(0, 3)
    .map((i) => i.id);
  await h.addSessionItem({ sessionId: session.id, kind: 'quiz', quizItemIds: quizIds });
  await h.saveSessionRecord({
    id: session.id,
    attendance: [
      { name: '张明', present: true, reason: '' },
      { name: '李华', present: true, reason: '' },
      { name: '赵强', present: true, reason: '' },
      { name: '陈静', present: false, reason: '外出培训' },
      { name: '周列席', present: true, reason: '' },
    ],
    speakers: [{ name: '张明', points: '要把学习成果转化为推动工作的实际成效。' }],
    discussion: '大家围绕研讨题深入交流。',
    content: '',
    recorder: '李华',
  });
  return { docId, sessionId: session.id };
}

// Handout, record and yearly exports read back: the handout DOCX (via mammoth) holds every item
// in order with its 出处, the answer key after the quiz; the record has the standard template
// and 参学率; the yearly view groups sessions by month and exports DOCX and CSV.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { docxText, makeCore, type SessionsTestCore, firstQuoteId } from './helpers.js';

let t: SessionsTestCore;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.close());

/** Index of each needle in text, asserting each is found after the previous one. */
function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const n of needles) {
    const at = text.indexOf(n, from);
    expect(at, `“${n}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + n.length;
  }
}

async function fullSession() {
  const s = await t.call('createSession', {
    title: '学习基层党建重要论述',
    kind: '主题党日',
    date: '2025-03-12',
    place: '二楼会议室',
    host: '王支书',
    attendees: ['甲', '乙', '丙', '丁'],
  });
  const add = (a: Omit<Parameters<typeof t.call<'addSessionItem'>>[1], 'sessionId'>) =>
    t.call('addSessionItem', { sessionId: s.id, ...a });
  await add({ kind: 'excerpt', docId: 'b:jiceng', paragraph: 1 });
  await add({ kind: 'quote', quoteId: await firstQuoteId(t, 'b:jiceng') });
  await add({ kind: 'question', text: '如何发挥基层党组织战斗堡垒作用？' });
  await add({ kind: 'document', docId: 'b:xuexi' });
  await add({ kind: 'quote', quoteId: await firstQuoteId(t, 'b:xuexi') });
  await add({ kind: 'question', text: '结合本职工作谈谈如何加强学习？' });
  const ids: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const q = await t.call('quizSave', {
      kind: '单选',
      stem: `第${i}题：基层党组织是党的全部工作和战斗力的____`,
      options: ['基础', '核心', '关键', '保障'],
      correct: [0],
      docId: 'b:jiceng',
    });
    ids.push(q.id);
  }
  await add({ kind: 'quiz', quizItemIds: ids });
  return t.call('getSession', { id: s.id });
}

test('handout DOCX: cover, 目录, every item in order with 出处, quiz, separate answer key', async () => {
  const s = await fullSession();
  const file = await t.call('exportSessionHandout', { id: s.id });
  expect(file.name).toBe('学习基层党建重要论述-学习材料汇编.docx');
  const text = await docxText(file.dataBase64);
  expectInOrder(text, [
    '学习基层党建重要论述',
    '主题党日·学习材料汇编',
    '时间：2025年3月12日',
    '地点：二楼会议室',
    '主持人：王支书',
    '目　录',
    '一、学习材料',
    '1. 摘录（《在基层党组织建设工作会议上的讲话》）',
    '2. 《关于推进学习型党组织建设的意见》',
    '二、金句摘编',
    '1. 基层党组织是党的全部工作和战斗力的基础',
    '三、研讨题',
    '四、随堂测验',
    '附：随堂测验参考答案',
    // body
    '一、学习材料',
    '1. 摘录',
    '要推行“四议两公开”工作法，把基层党组织建设成为坚强战斗堡垒。',
    '出处：张三：《在基层党组织建设工作会议上的讲话》，人民日报，2024年6月30日。',
    '2. 《关于推进学习型党组织建设的意见》',
    '建设学习型党组织是一项重大而紧迫的战略任务。',
    '基层党组织要把学习作为一种政治责任。',
    '出处：《关于推进学习型党组织建设的意见》，新华社，2023年3月1日。',
    '二、金句摘编',
    '基层党组织是党的全部工作和战斗力的基础',
    '出处：——张三《在基层党组织建设工作会议上的讲话》',
    '把学习作为一种政治责任',
    '出处：——李四《关于推进学习型党组织建设的意见》',
    '三、研讨题',
    '1. 如何发挥基层党组织战斗堡垒作用？',
    '2. 结合本职工作谈谈如何加强学习？',
    '四、随堂测验',
    '（一）单项选择题（共 5 题）',
    '1. 第1题',
    'A. 基础',
    '5. 第5题',
    '附：随堂测验参考答案',
    '1. A（基础）（出处：《在基层党组织建设工作会议上的讲话》）',
    '5. A（基础）',
  ]);
  // The answers appear only in the key, after the questions.
  const keyAt = text.lastIndexOf('附：随堂测验参考答案');
  expect(text.slice(0, keyAt)).not.toContain('A（基础）');
});

test('record: sign-in, 参学率, speakers and the standard template in the DOCX', async () => {
  const s = await fullSession();
  const r = await t.call('saveSessionRecord', {
    id: s.id,
    attendance: [
      { name: '甲', present: true },
      { name: '乙', present: true },
      { name: '丙', present: true },
      { name: '丁', present: false, reason: '出差' },
    ],
    speakers: [{ name: '甲', points: '要把学习成果转化为工作成效。' }],
    discussion: '大家一致认为要加强学习。',
    recorder: '乙',
  });
  expect(r.attendance).toEqual({ expected: 4, present: 3, absent: 1, walkIns: 0, rate: 75 });
  expect(r.attendees.find((a) => a.name === '丁')).toMatchObject({ present: false, reason: '出差' });
  expect(r.record.speakers).toEqual([{ name: '甲', points: '要把学习成果转化为工作成效。' }]);
  const file = await t.call('exportSessionRecord', { id: s.id });
  const text = await docxText(file.dataBase64);
  expectInOrder(text, [
    '主题党日会议记录',
    '时间',
    '2025年3月12日',
    '地点',
    '二楼会议室',
    '主持人',
    '王支书',
    '记录人',
    '乙',
    '参加人员',
    '甲、乙、丙',
    '缺席人员及原因',
    '丁（出差）',
    '出勤情况',
    '应到4人，实到3人，参学率75%',
    '学习内容',
    '学习《在基层党组织建设工作会议上的讲话》、《关于推进学习型党组织建设的意见》；围绕2个研讨题开展讨论；进行5道题的随堂测验。',
    '讨论情况',
    '甲：要把学习成果转化为工作成效。',
    '大家一致认为要加强学习。',
  ]);
});

test('a walk-in (列席) is recorded as attending but stays out of 应到 and the 参学率', async () => {
  const s = await t.call('createSession', { title: '党课', kind: '党课', date: '2025-05-01', attendees: ['甲', '乙'] });
  const r = await t.call('saveSessionRecord', {
    id: s.id,
    attendance: [
      { name: '甲', present: true },
      { name: '乙', present: null },
      { name: '列席', present: true },
    ],
  });
  expect(r.attendees).toEqual([
    { name: '甲', planned: true, present: true, reason: '' },
    { name: '乙', planned: true, present: null, reason: '' },
    { name: '列席', planned: false, present: true, reason: '' },
  ]);
  expect(r.attendance).toEqual({ expected: 2, present: 1, absent: 0, walkIns: 1, rate: 50 });
  const text = await docxText((await t.call('exportSessionRecord', { id: s.id })).dataBase64);
  expectInOrder(text, ['参加人员', '甲', '列席人员', '列席', '出勤情况', '应到2人，实到1人，列席1人，参学率50%']);
});

test('yearly view groups by month and exports CSV and DOCX', async () => {
  const a = await fullSession();
  await t.call('saveSessionRecord', {
    id: a.id,
    attendance: ['甲', '乙', '丙', '丁'].map((name) => ({
      name,
      present: name !== '丁',
      reason: name === '丁' ? '病假' : '',
    })),
  });
  await t.call('createSession', { title: '七一党课', kind: '党课', date: '2025-07-01', attendees: ['甲'] });
  await t.call('createSession', { title: '去年的会', kind: '党小组会', date: '2024-12-01' });
  const y = await t.call('sessionYear', { year: 2025 });
  expect(y.months).toHaveLength(12);
  expect(y.months[2]!.sessions.map((s) => s.title)).toEqual(['学习基层党建重要论述']);
  expect(y.months[2]!.sessions[0]!.topics).toEqual([
    '《在基层党组织建设工作会议上的讲话》',
    '《关于推进学习型党组织建设的意见》',
  ]);
  expect(y.months[6]!.sessions.map((s) => s.title)).toEqual(['七一党课']);
  expect(y.totals).toEqual({ sessions: 2, expected: 5, present: 3, rate: 60 });

  const csv = await t.call('exportSessionYear', { year: 2025, format: 'csv' });
  const lines = Buffer.from(csv.dataBase64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('月份,日期,类型,主题,学习内容,应到,实到,参学率');
  expect(lines[1]).toBe(
    '3月,2025年3月12日,主题党日,学习基层党建重要论述,《在基层党组织建设工作会议上的讲话》、《关于推进学习型党组织建设的意见》,4,3,75%',
  );
  expect(lines[2]).toBe('7月,2025年7月1日,党课,七一党课,,1,0,未签到');
  expect(lines).toHaveLength(3);

  const docx = await docxText((await t.call('exportSessionYear', { year: 2025, format: 'docx' })).dataBase64);
  expectInOrder(docx, [
    '2025年度学习计划与记录',
    '全年共开展学习2次',
    '学习基层党建重要论述',
    '七一党课',
    '未安排学习的月份：1月、2月、4月',
  ]);
});

test('suggests documents, 金句 and 提法 for a topic and for a tag', async () => {
  const m = await t.call('suggestSessionMaterial', { topic: '基层党组织' });
  expect(m.documents.map((d) => d.docId).sort()).toEqual(['b:jiceng', 'b:xuexi']);
  expect(m.documents[0]!.docId).toBe('b:jiceng'); // the title match ranks first
  expect(m.documents[0]!.citation).toContain('《在基层党组织建设工作会议上的讲话》');
  expect(m.documents[0]!.snippet).toContain('基层党组织');
  expect(m.quotes.map((q) => q.text)).toContain('基层党组织是党的全部工作和战斗力的基础');
  expect(m.quotes.every((q) => q.citation.length > 0)).toBe(true);
  expect(m.terms.map((x) => x.term)).toEqual(['四议两公开']);

  await t.call('tagItems', { kind: 'document', ids: ['b:xuexi'], add: ['学习型党组织'] });
  const byTag = await t.call('suggestSessionMaterial', { tag: '学习型党组织' });
  expect(byTag.documents.map((d) => d.docId)).toEqual(['b:xuexi']);
  expect(byTag.quotes.map((q) => q.text)).toEqual(['把学习作为一种政治责任']);
  expect((await t.call('suggestSessionMaterial', { topic: '' })).documents).toEqual([]);
});

// 学习专题 builder: sessions and attendees, adding items from documents, 金句, saved 金句,
// annotations, quiz items, questions and notes with their 出处; reorder and remove.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeCore, type SessionsTestCore, firstQuoteId } from './helpers.js';

let t: SessionsTestCore;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.close());

async function newSession() {
  return t.call('createSession', {
    title: '学习基层党建重要论述',
    kind: '党小组会',
    date: '2025-03-12',
    place: '二楼会议室',
    host: '王支书',
    attendees: ['甲', '乙', '丙', '甲'],
  });
}

describe('sessions', () => {
  test('creates, lists, updates and deletes a session; planned attendees are unique', async () => {
    const s = await newSession();
    expect(s).toMatchObject({
      title: '学习基层党建重要论述',
      kind: '党小组会',
      date: '2025-03-12',
      place: '二楼会议室',
      host: '王支书',
      itemCount: 0,
    });
    expect(s.attendees.map((a) => a.name)).toEqual(['甲', '乙', '丙']);
    expect(s.attendance).toEqual({ expected: 3, present: 0, absent: 0, walkIns: 0, rate: null });

    const u = await t.call('updateSession', { id: s.id, title: '新标题', attendees: ['乙', '丁'] });
    expect(u.title).toBe('新标题');
    expect(u.host).toBe('王支书');
    expect(u.attendees.map((a) => a.name)).toEqual(['乙', '丁']);

    expect((await t.call('listSessions', {})).items.map((x) => x.id)).toEqual([s.id]);
    expect((await t.call('listSessions', { year: 2024 })).items).toEqual([]);
    expect(await t.call('deleteSession', { id: s.id })).toEqual({ deleted: true });
    await expect(t.call('getSession', { id: s.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('rejects an unknown session type', async () => {
    await expect(t.call('createSession', { title: 'x', kind: '茶话会' as never })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  test('adds every kind of item, each keeping its 出处, in agenda order', async () => {
    const s = await newSession();
    await t.call('addSessionItem', { sessionId: s.id, kind: 'document', docId: 'b:xuexi' });
    await t.call('addSessionItem', { sessionId: s.id, kind: 'excerpt', docId: 'b:jiceng', paragraph: 1 });
    await t.call('addSessionItem', { sessionId: s.id, kind: 'quote', quoteId: await firstQuoteId(t, 'b:jiceng') });
    await t.call('addSessionItem', { sessionId: s.id, kind: 'question', text: '如何发挥基层党组织战斗堡垒作用？' });
    await t.call('addSessionItem', { sessionId: s.id, kind: 'note', text: '会前请通读材料。' });
    const after = await t.call('getSession', { id: s.id });
    expect(after.items.map((i) => i.kind)).toEqual(['document', 'excerpt', 'quote', 'question', 'note']);
    expect(after.items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4]);
    const [doc, ex, q] = after.items;
    expect(doc).toMatchObject({
      content: '关于推进学习型党组织建设的意见',
      citation: '《关于推进学习型党组织建设的意见》，新华社，2023年3月1日。',
      docId: 'b:xuexi',
    });
    expect(doc!.paragraphs).toEqual([
      '建设学习型党组织是一项重大而紧迫的战略任务。',
      '基层党组织要把学习作为一种政治责任。',
    ]);
    expect(ex).toMatchObject({
      content: '要推行“四议两公开”工作法，把基层党组织建设成为坚强战斗堡垒。',
      citation: '张三：《在基层党组织建设工作会议上的讲话》，人民日报，2024年6月30日。',
      paragraph: 1,
    });
    expect(q).toMatchObject({
      content: '基层党组织是党的全部工作和战斗力的基础',
      citation: '——张三《在基层党组织建设工作会议上的讲话》',
    });
  });

  test('an excerpt can be a span of a paragraph, and inserts at a position', async () => {
    const s = await newSession();
    await t.call('addSessionItem', { sessionId: s.id, kind: 'note', text: '甲' });
    await t.call('addSessionItem', { sessionId: s.id, kind: 'note', text: '乙' });
    const r = await t.call('addSessionItem', {
      sessionId: s.id,
      kind: 'excerpt',
      docId: 'b:jiceng',
      paragraph: 0,
      start: 0,
      end: 7,
      position: 1,
    });
    expect(r.items.map((i) => i.content)).toEqual(['甲', '基层党组织是党', '乙']);
  });

  test('adds saved 金句 and annotations from the workspace tables with their 出处', async () => {
    const s = await newSession();
    const db = t.core.ctx.userDb;
    const saved = Number(
      db
        .prepare(
          `INSERT INTO saved_quotes (doc_id, paragraph, text, citation) VALUES ('b:xuexi', 1, '学习是一种政治责任', '——《关于推进学习型党组织建设的意见》')`,
        )
        .run().lastInsertRowid,
    );
    const ann = Number(
      db
        .prepare(
          `INSERT INTO annotations (doc_id, paragraph, start, end, quote, color) VALUES ('b:jiceng', 2, 0, 12, '党员要发挥先锋模范作用', 'yellow')`,
        )
        .run().lastInsertRowid,
    );
    await t.call('addSessionItem', { sessionId: s.id, kind: 'quote', savedQuoteId: saved });
    const r = await t.call('addSessionItem', { sessionId: s.id, kind: 'excerpt', annotationId: ann });
    expect(r.items[0]).toMatchObject({
      kind: 'quote',
      content: '学习是一种政治责任',
      citation: '——《关于推进学习型党组织建设的意见》',
    });
    expect(r.items[1]).toMatchObject({
      kind: 'excerpt',
      content: '党员要发挥先锋模范作用',
      citation: '张三：《在基层党组织建设工作会议上的讲话》，人民日报，2024年6月30日。',
      paragraph: 2,
    });
    await expect(
      t.call('addSessionItem', { sessionId: s.id, kind: 'excerpt', annotationId: 999 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('a quiz item holds quiz_items by id, skipping ones deleted later', async () => {
    const s = await newSession();
    const ids: number[] = [];
    for (const stem of ['第一题', '第二题'])
      ids.push((await t.call('quizSave', { kind: '判断', stem, options: ['正确', '错误'], correct: [0] })).id);
    const r = await t.call('addSessionItem', { sessionId: s.id, kind: 'quiz', quizItemIds: ids });
    expect(r.items[0]!.quiz.map((q) => q.stem)).toEqual(['第一题', '第二题']);
    await t.call('quizDelete', { id: ids[0]! });
    expect((await t.call('getSession', { id: s.id })).items[0]!.quiz.map((q) => q.stem)).toEqual(['第二题']);
    await expect(
      t.call('addSessionItem', { sessionId: s.id, kind: 'quiz', quizItemIds: [12345] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('keeps the item text and 出处 after the source document is deleted', async () => {
    const s = await newSession();
    const imported = await t.call('importFiles', {
      files: [
        {
          name: '材料.txt',
          dataBase64: Buffer.from(
            '学习材料标题\n\n' + '这是一段需要在会上学习的正文内容，足够长才能作为文档导入保存下来。'.repeat(4),
          ).toString('base64'),
        },
      ],
    });
    const docId = imported.results[0]!.docIds[0]!;
    expect(docId).toBeTruthy();
    await t.call('addSessionItem', { sessionId: s.id, kind: 'excerpt', docId, paragraph: 0 });
    const before = (await t.call('getSession', { id: s.id })).items[0]!;
    await t.call('deleteDocument', { id: docId });
    const after = (await t.call('getSession', { id: s.id })).items[0]!;
    expect(after.content).toBe(before.content);
    expect(after.citation).toBe(before.citation);
    expect(after.citation).toContain('《');
  });

  test('reorders, edits and removes items; positions stay dense', async () => {
    const s = await newSession();
    for (const text of ['一', '二', '三']) await t.call('addSessionItem', { sessionId: s.id, kind: 'question', text });
    const ids = (await t.call('getSession', { id: s.id })).items.map((i) => i.id);
    const r = await t.call('reorderSessionItems', { sessionId: s.id, itemIds: [ids[2]!, ids[0]!, ids[1]!] });
    expect(r.items.map((i) => i.content)).toEqual(['三', '一', '二']);
    await expect(t.call('reorderSessionItems', { sessionId: s.id, itemIds: [ids[0]!, ids[1]!] })).rejects.toMatchObject(
      { code: 'BAD_INPUT' },
    );
    const e = await t.call('updateSessionItem', { id: ids[0]!, content: '一（改）' });
    expect(e.items.map((i) => i.content)).toEqual(['三', '一（改）', '二']);
    const d = await t.call('removeSessionItem', { id: ids[2]! });
    expect(d.items.map((i) => [i.content, i.position])).toEqual([
      ['一（改）', 0],
      ['二', 1],
    ]);
  });

  test('rejects empty questions and items for a missing session', async () => {
    const s = await newSession();
    await expect(t.call('addSessionItem', { sessionId: s.id, kind: 'question', text: '  ' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await expect(t.call('addSessionItem', { sessionId: 999, kind: 'note', text: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

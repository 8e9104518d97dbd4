// Annotations on a real user database: create/edit/delete with undo, filters, and re-attachment
// after the content bundle is rebuilt with a paragraph changed (never dropped: 未定位).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, P0, P1, P2, sampleDocs, type TestCore } from './fixtures.js';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const at = (p: string, s: string) => ({ start: p.indexOf(s), end: p.indexOf(s) + s.length });

describe('annotations', () => {
  test('create, edit, delete and undo', async () => {
    const a = await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 1,
      ...at(P1, '以人民为中心'),
      color: 'yellow',
      note: '核心理念',
      tags: ['理论/人民'],
    });
    expect(a).toMatchObject({
      quote: '以人民为中心',
      text: '以人民为中心',
      orphaned: false,
      tags: ['理论/人民'],
      docTitle: '在乡村振兴工作会议上的讲话',
    });
    const b = await t.call('updateAnnotation', { id: a.id, color: 'red', note: '改过的批注' });
    expect(b).toMatchObject({ color: 'red', note: '改过的批注', tags: ['理论/人民'] });
    expect(await t.call('deleteAnnotation', { id: a.id })).toEqual({ deleted: true });
    expect((await t.call('listAnnotations', {})).total).toBe(0);
    await t.call('restoreAnnotation', { id: a.id });
    expect((await t.call('listAnnotations', {})).items.map((x) => x.id)).toEqual([a.id]);
  });

  test('rejects unknown colours and empty selections', async () => {
    await expect(
      t.call('createAnnotation', { docId: 'b:doc1', paragraph: 0, start: 0, end: 3, color: 'pink' }),
    ).rejects.toThrow(/颜色/);
    await expect(
      t.call('createAnnotation', { docId: 'b:doc1', paragraph: 9, start: 0, end: 3, color: 'red' }),
    ).rejects.toThrow(/段落/);
  });

  test('filters by colour, tag (with children), document type, date and text', async () => {
    await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 0,
      ...at(P0, '乡村振兴'),
      color: 'yellow',
      tags: ['乡村振兴/人才'],
    });
    await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 2,
      ...at(P2, '懂农业'),
      color: 'green',
      note: '队伍建设要求',
    });
    await t.call('createAnnotation', { docId: 'b:doc2', paragraph: 1, start: 3, end: 9, color: 'yellow' });
    const ids = async (arg: Parameters<TestCore['call']>[1]) =>
      (await t.call('listAnnotations', arg as never)).items.map((a) => a.text);
    expect(await ids({ color: 'yellow' })).toEqual(['乡村振兴', '全面从严治党']);
    expect(await ids({ tag: '乡村振兴' })).toEqual(['乡村振兴']);
    expect(await ids({ docType: '文件' })).toEqual(['全面从严治党']);
    expect(await ids({ query: '队伍' })).toEqual(['懂农业']);
    expect(await ids({ query: '从严' })).toEqual(['全面从严治党']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ids({ from: today })).length).toBe(3);
    expect(await ids({ to: '2000-01-01' })).toEqual([]);
  });

  test('survive a content rebuild: moved, edited and lost passages', async () => {
    const moved = await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 1,
      ...at(P1, '以人民为中心的发展思想'),
      color: 'yellow',
      note: '移动',
    });
    const edited = await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 2,
      ...at(P2, '要培养造就一支懂农业、爱农村、爱农民的工作队伍'),
      color: 'blue',
    });
    const lost = await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 0,
      ...at(P0, '加快建设农业强国'),
      color: 'red',
      note: '会丢失',
    });
    // New bundle: a paragraph inserted at the top, paragraph 0 rewritten, one word changed in P2.
    t.rebuild(sampleDocs(['新增导语段落。', '全面推进城乡融合发展。', P1, P2.replace('工作队伍', '三农队伍')]));
    const list = await t.call('listAnnotations', { docId: 'b:doc1' });
    const byId = new Map(list.items.map((a) => [a.id, a]));
    expect(byId.get(moved.id)).toMatchObject({ paragraph: 2, text: '以人民为中心的发展思想', orphaned: false });
    expect(byId.get(edited.id)).toMatchObject({
      paragraph: 3,
      text: '要培养造就一支懂农业、爱农村、爱农民的三农队伍',
      orphaned: false,
    });
    expect(byId.get(lost.id)).toMatchObject({ orphaned: true, quote: '加快建设农业强国', note: '会丢失' });
    expect(list.orphaned).toBe(1);
    expect((await t.call('listAnnotations', { orphaned: true })).items.map((a) => a.id)).toEqual([lost.id]);
  });

  test('renames highlight colours', async () => {
    const c = await t.call('renameHighlightColor', { key: 'blue', label: '待研究' });
    expect(c.label).toBe('待研究');
    expect((await t.call('listHighlightColors', {})).items.map((x) => x.label)).toEqual([
      '重要论述',
      '新提法',
      '典型案例',
      '待研究',
      '背诵',
    ]);
  });
});

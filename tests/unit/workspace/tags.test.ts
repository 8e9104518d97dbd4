// Tag hierarchy operations on a real user database: rename cascades to children, merge moves
// links without duplicates, delete removes the subtree, coloured tags toggle on keys 1–9.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, type TestCore } from './fixtures.js';
import { normalizeTagName } from '../../../electron/core/workspace/tag-names.js';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const names = async () => (await t.call('listTags', {})).items.map((x) => x.name);

describe('tags', () => {
  test('normalises names with / levels', () => {
    expect(normalizeTagName(' 乡村振兴 / 人才 // ')).toBe('乡村振兴/人才');
  });

  test('rename of a parent cascades to its children and keeps links', async () => {
    await t.call('tagItems', {
      kind: 'document',
      ids: ['b:doc1'],
      add: ['乡村振兴', '乡村振兴/人才', '乡村振兴/产业/特色', '乡村建设'],
    });
    const preview = await t.call('previewTagChange', { action: 'rename', name: '乡村振兴', to: '三农' });
    expect(preview.tags).toEqual([
      { from: '乡村振兴', to: '三农' },
      { from: '乡村振兴/人才', to: '三农/人才' },
      { from: '乡村振兴/产业/特色', to: '三农/产业/特色' },
    ]);
    expect(preview.documents).toBe(1);
    await t.call('renameTag', { name: '乡村振兴', to: '三农' });
    expect(await names()).toEqual(['三农', '三农/产业/特色', '三农/人才', '乡村建设'].sort());
    expect((await t.call('getDocumentState', { docId: 'b:doc1' })).tags).toEqual(
      ['三农', '三农/人才', '三农/产业/特色', '乡村建设'].sort(),
    );
  });

  test('merge moves links into the existing subtree without duplicates', async () => {
    await t.call('tagItems', { kind: 'document', ids: ['b:doc1', 'b:doc2'], add: ['人才'] });
    await t.call('tagItems', { kind: 'document', ids: ['b:doc1'], add: ['乡村振兴/人才'] });
    await t.call('tagItems', { kind: 'document', ids: ['b:doc2'], add: ['人才/培养'] });
    const impact = await t.call('mergeTag', { name: '人才', into: '乡村振兴/人才' });
    expect(impact.documents).toBe(2);
    expect(await names()).toEqual(['乡村振兴/人才', '乡村振兴/人才/培养']);
    const byTag = await t.call('listDocumentsByTag', { tag: '乡村振兴/人才', includeChildren: false });
    expect(byTag.items.map((d) => d.id).sort()).toEqual(['b:doc1', 'b:doc2']);
    const tags = await t.call('listTags', {});
    expect(tags.items.find((x) => x.name === '乡村振兴/人才')!.counts.documents).toBe(2);
  });

  test('refuses to move a tag below itself and to merge into a missing tag', async () => {
    await t.call('tagItems', { kind: 'document', ids: ['b:doc1'], add: ['a'] });
    await expect(t.call('renameTag', { name: 'a', to: 'a/b' })).rejects.toThrow(/下级/);
    await expect(t.call('mergeTag', { name: 'a', into: 'zzz' })).rejects.toThrow(/NOT_FOUND/);
  });

  test('delete removes the subtree and its links across documents, annotations and 金句', async () => {
    const ann = await t.call('createAnnotation', {
      docId: 'b:doc1',
      paragraph: 0,
      start: 0,
      end: 4,
      color: 'yellow',
      tags: ['党建/基层'],
    });
    await t.call('tagItems', { kind: 'document', ids: ['b:doc2'], add: ['党建'] });
    const q = await t.call('saveQuote', { docId: 'b:doc2', text: '要推动全面从严治党向基层延伸。', tags: ['党建'] });
    const preview = await t.call('previewTagChange', { action: 'delete', name: '党建' });
    expect(preview).toMatchObject({ documents: 1, annotations: 1, quotes: 1 });
    await t.call('deleteTag', { name: '党建' });
    expect(await names()).toEqual([]);
    expect((await t.call('listAnnotations', { docId: 'b:doc1' })).items.find((a) => a.id === ann.id)!.tags).toEqual([]);
    expect(
      (await t.call('listQuoteBook', { source: 'saved' })).items.find((x) => x.savedId === q.savedId)!.tags,
    ).toEqual([]);
  });

  test('coloured tags toggle by slot and are limited to nine', async () => {
    await t.call('setTagColor', { name: '重点', color: '#ff0000' });
    await t.call('setTagColor', { name: '待读', color: '#00aa00' });
    expect((await t.call('listTags', {})).items.map((x) => [x.name, x.slot])).toEqual([
      ['待读', 2],
      ['重点', 1],
    ]);
    expect(await t.call('toggleColoredTag', { kind: 'document', id: 'b:doc1', slot: 2 })).toEqual({
      tag: '待读',
      on: true,
    });
    expect((await t.call('getDocumentState', { docId: 'b:doc1' })).tags).toEqual(['待读']);
    expect(await t.call('toggleColoredTag', { kind: 'document', id: 'b:doc1', slot: 2 })).toEqual({
      tag: '待读',
      on: false,
    });
    await expect(t.call('toggleColoredTag', { kind: 'document', id: 'b:doc1', slot: 5 })).rejects.toThrow(/NOT_FOUND/);
    for (let i = 3; i <= 9; i++) await t.call('setTagColor', { name: `色${i}`, color: '#123456' });
    await expect(t.call('setTagColor', { name: '第十个', color: '#123456' })).rejects.toThrow(/最多/);
  });

  test('tags every result of a search, and removes them again', async () => {
    const r = await t.call('tagSearchResults', { query: '乡村振兴', tag: '专题/乡村' });
    expect(r.documents).toBeGreaterThanOrEqual(1);
    const tagged = await t.call('listDocumentsByTag', { tag: '专题' });
    expect(tagged.items.map((d) => d.id)).toContain('b:doc1');
    const off = await t.call('tagSearchResults', { query: '乡村振兴', tag: '专题/乡村', remove: true });
    expect(off.changed).toBe(r.changed);
    expect((await t.call('listDocumentsByTag', { tag: '专题' })).items).toEqual([]);
  });
});

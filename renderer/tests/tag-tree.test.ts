// Pure renderer helper: the tag tree from `/`-separated names with subtree totals.
import { expect, test } from 'vitest';
import type { TagInfo } from '../../electron/contract/api';
import { buildTagTree } from '../src/workspace/tag-tree';

const tag = (name: string, documents = 0, annotations = 0, quotes = 0): TagInfo => ({
  id: name.length,
  name,
  color: null,
  slot: null,
  counts: { documents, annotations, quotes },
});

test('parents that exist only as prefixes appear, totals add up the subtree, names sort by pinyin', () => {
  const roots = buildTagTree([tag('乡村振兴/人才', 2, 1), tag('乡村振兴/产业/农业', 1), tag('党史', 0, 0, 3)]);
  expect(roots.map((n) => [n.name, n.total, n.tag?.name ?? null])).toEqual([
    ['党史', 3, '党史'],
    ['乡村振兴', 4, null],
  ]);
  const village = roots[1]!;
  expect(village.children.map((n) => [n.key, n.total])).toEqual([
    ['乡村振兴/产业', 1],
    ['乡村振兴/人才', 3],
  ]);
  expect(village.children[0]!.children.map((n) => n.name)).toEqual(['农业']);
});

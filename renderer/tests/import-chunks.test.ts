// Pure renderer helper: which dropped files share one import call.
import { expect, test } from 'vitest';
import { importChunks } from '../src/pages/library/import-chunks';

const files = (...sizes: number[]) => sizes.map((size, i) => ({ name: `f${i}`, size }));
const names = (chunks: { name: string }[][]) => chunks.map((c) => c.map((f) => f.name).join(','));

test('small files travel together up to the file limit, in their order', () => {
  const chunks = importChunks(files(...Array<number>(45).fill(3000)), 1 << 20, 20);
  expect(chunks.map((c) => c.length)).toEqual([20, 20, 5]);
  expect(chunks.flat().map((f) => f.name)).toEqual(files(...Array<number>(45).fill(0)).map((f) => f.name));
});

test('the byte budget cuts a run, and a file larger than it goes alone', () => {
  expect(names(importChunks(files(400, 400, 400, 5000, 100), 1000, 20))).toEqual(['f0,f1', 'f2', 'f3', 'f4']);
});

test('nothing dropped, no empty call', () => {
  expect(importChunks([], 1000, 20)).toEqual([]);
  expect(names(importChunks(files(10), 1000, 20))).toEqual(['f0']);
});

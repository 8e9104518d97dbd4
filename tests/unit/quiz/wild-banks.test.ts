// Question banks in the shapes found in public repositories (fixtures/wild/labels.json names the
// source of each shape): every item must import exactly as labelled, and no answer key may be
// wrong. An item whose answer cannot be mapped with certainty must be listed invalid, in Chinese.
import { expect, test } from 'vitest';
import { loadLabels, scoreWild, summary } from './wild-score.js';

test('every labelled item of the real-shape banks imports as labelled; 0 wrong keys', async () => {
  const results = await scoreWild();
  const s = summary(results);
  console.log('wild banks:', JSON.stringify(s));
  const bad = results.filter((r) => r.verdict !== 'right');
  for (const r of bad) console.log(`  ${r.verdict} ${r.file}#${r.index}: ${r.got}`);
  expect(s.wrongKey).toBe(0);
  expect(bad).toEqual([]);
  expect(Object.keys(loadLabels()).length).toBeGreaterThanOrEqual(10);
  // Over 200 banks, PDFs and Word files among them: slow on a loaded machine.
}, 300_000);

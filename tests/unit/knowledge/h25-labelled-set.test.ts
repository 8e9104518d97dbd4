// Round h25's labelled set (history-fixtures/labels-h25.json, set `h25`): real excerpts of the
// 1969–1987 reports imported as a user would, judged like the first history set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../quiz/helpers.js';
import { H25_LABELS, judgeHistory, type HistoryFindings } from './history-fixtures.js';

describe('round h25: excerpts of the 九大–十三大 and 1978–1979 reports', () => {
  let t: TestCore;
  let found: HistoryFindings;
  beforeAll(async () => {
    t = makeCore();
    found = await judgeHistory(
      t,
      H25_LABELS.filter((l) => l.set === 'h25'),
    );
  }, 120_000);
  afterAll(() => t.close());

  it('gives every excerpt its status and its period’s note', () => expect(found.status).toEqual([]));
  it('makes no 金句, question or suggestion of a historical excerpt or a criticised line', () => {
    expect(found.quotes).toEqual([]);
    expect(found.questions).toEqual([]);
    expect(found.suggestions).toEqual([]);
    expect(found.terms).toEqual([]);
  });
  it('never blocks a line of the current reports that stays study material', () =>
    expect(found.blockedValid).toEqual([]));
});

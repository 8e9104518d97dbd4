// Quote ids derive from their text: rebuilding the bundle with a changed extractor (quotes added
// before a starred one, one removed, one cut differently) keeps the user's stars, tags and notes on
// the same sentence, and a starred 金句 that is gone stays visible as 未定位 with its tags.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ContentDocument, ExtractedQuote } from '../../../electron/core/content/types.js';
import { makeDoc } from '../search/fixtures.js';
import { openTestCore, type TestCore } from './fixtures.js';

const S1 = '江山就是人民，人民就是江山。';
const S2 = '为中国人民谋幸福，为中华民族谋复兴。';
const S3 = '一张蓝图绘到底，一任接着一任干。';
const S4 = '空谈误国，实干兴邦。';

function quote(paragraph: number, text: string): ExtractedQuote {
  return {
    paragraph,
    start: 0,
    end: text.length,
    text,
    speaker: '习近平',
    occasion: null,
    date: '2021',
    citation: '——习近平',
  };
}

function docs(quotes: ExtractedQuote[]): ContentDocument[] {
  return [makeDoc({ id: 'b:speech', title: '在大会上的讲话', date: '2021-07-01', body: [S1, S2, S3, S4], quotes })];
}

let t: TestCore;
beforeEach(() => {
  t = openTestCore(docs([quote(1, S2), quote(2, S3), quote(3, S4)]));
});
afterEach(() => t.close());

const book = async () => (await t.call('listQuoteBook', { limit: 100 })).items;

test('stars, tags and notes stay on the same sentences after the extractor changes', async () => {
  const before = await book();
  const starred = before.find((q) => q.text === S3)!;
  const dropped = before.find((q) => q.text === S4)!;
  const recut = before.find((q) => q.text === S2)!;
  await t.call('saveQuote', { quoteId: starred.quoteId!, tags: ['初心'] });
  await t.call('saveQuote', { quoteId: dropped.quoteId!, tags: ['作风'] });
  await t.call('saveQuote', { quoteId: recut.quoteId!, tags: ['使命'] });
  const note = await t.call('createAnnotation', { docId: 'b:speech', paragraph: 2, start: 0, end: 7, color: 'yellow' });

  // New extractor: a quote added before the starred one, S4 no longer extracted, S2 cut shorter.
  t.rebuild(docs([quote(0, S1), quote(1, '为中国人民谋幸福，为中华民族谋复兴'), quote(2, S3)]));

  const after = await book();
  expect(after.find((q) => q.text === S3)).toMatchObject({ starred: true, tags: ['初心'], orphaned: false });
  expect(after.find((q) => q.text === S1)).toMatchObject({ starred: false, tags: [] });
  // Re-attached to the same sentence as the extractor now cuts it.
  expect(after.find((q) => q.text.startsWith('为中国人民'))).toMatchObject({ starred: true, tags: ['使命'] });
  // Gone from the library: still there, with its tags, marked 未定位.
  expect(after.filter((q) => q.text === S4)).toEqual([
    expect.objectContaining({ starred: true, tags: ['作风'], orphaned: true, citation: '——习近平' }),
  ]);
  const annotation = (await t.call('listAnnotations', { docId: 'b:speech' })).items[0]!;
  expect(annotation).toMatchObject({ id: note.id, text: S3.slice(0, 7), orphaned: false });
});

test('the same sentence keeps its id whatever the punctuation, spacing or script', async () => {
  const id = (await book()).find((q) => q.text === S3)!.quoteId!;
  t.rebuild(docs([quote(2, '一張藍圖繪到底 一任接著一任幹')]));
  expect((await book()).map((q) => q.quoteId)).toEqual([id]);
});

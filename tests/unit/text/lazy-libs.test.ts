// opencc and jieba's addon load on first use (text/normalize.ts, text/segment.ts): loaded that way they
// must still convert and tag as before.
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../electron/core/text/normalize.js';
import { tokenize } from '../../../electron/core/text/segment.js';

describe('libraries loaded on first use', () => {
  it('toSimplified converts as the ES module it imported before did (Taiwan forms, phrase level)', () => {
    const before = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const texts = ['中國共產黨第二十次全國代表大會', '頭髮、軟體與滑鼠', '瀏覽次數：１２３　責任編輯', '已是简体', ''];
    for (const t of texts) expect(toSimplified(t)).toBe(before(t));
    expect(toSimplified('中國共產黨')).toBe('中国共产党');
  });

  it('tokenize tags through jieba on the calling thread when no tagging thread runs', () => {
    const words = tokenize('全面建成小康社会').map((t) => t.word);
    expect(words.join('')).toBe('全面建成小康社会');
    expect(words.length).toBeGreaterThan(1);
  });
});

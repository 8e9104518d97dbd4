import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decodesWithIcu, decodeUtf8, utf8Decoder } from '../../../electron/core/text/utf8-decode.js';

// The fast decoder must give exactly the string SQLite stored, for every kind of text a document
// can hold, on both sides of the short-text cut-over.
const SAMPLES = [
  '',
  'plain ASCII',
  '全面建成小康社会，实现中华民族伟大复兴的中国梦。',
  '繁體字：學習貫徹黨的二十大精神',
  '罕见字 𠀀𪚥𰻞 (astral) 与 emoji 😀',
  'ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ１２３ and e\u0301 combining',
  'nul \u0000 and bom \ufeff and replacement \ufffd',
  '[{"kind":"p","text":"引号\\"与反斜杠\\\\"}]',
];

describe('decodeUtf8', () => {
  const db = new Database(':memory:');
  const read = db.prepare('SELECT CAST(? AS BLOB)').pluck();
  const lengths = [1, 10, 100, 1000];
  // A runtime without ICU's transcoder falls back to V8's decoder.
  const withoutIcu = utf8Decoder(null);
  for (const s of SAMPLES)
    for (const n of lengths)
      it(`round-trips ${JSON.stringify(s.slice(0, 12))} × ${n}`, () => {
        const text = s.repeat(n);
        const bytes = read.get(text) as Buffer;
        expect(decodeUtf8(bytes)).toBe(text);
        expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
        expect(withoutIcu(bytes)).toBe(text);
      });

  it("uses ICU's transcoder under Node (the fast path is not silently lost)", () => {
    expect(decodesWithIcu).toBe(true);
  });

  it('passes null and undefined through', () => {
    expect(decodeUtf8(null)).toBeNull();
    expect(decodeUtf8(undefined)).toBeUndefined();
  });
});

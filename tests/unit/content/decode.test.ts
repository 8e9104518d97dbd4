import crypto from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../../electron/core/content/decode.js';

const SIMPLIFIED = '构建城乡统筹基层党建新格局。习近平总书记强调，“基层是党的执政根基、力量之源”。';
const TRADITIONAL = '構建城鄉統籌基層黨建新格局。習近平總書記強調，“基層是黨的執政根基、力量之源”。';

describe('decodeBytes', () => {
  const cases: { name: string; bytes: Buffer; text: string; encoding: string }[] = [
    { name: 'UTF-8', bytes: Buffer.from(SIMPLIFIED, 'utf8'), text: SIMPLIFIED, encoding: 'utf-8' },
    {
      name: 'UTF-8 with BOM',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]),
      text: SIMPLIFIED,
      encoding: 'utf-8',
    },
    { name: 'GBK', bytes: iconv.encode(SIMPLIFIED, 'gbk'), text: SIMPLIFIED, encoding: 'gb18030' },
    { name: 'GB18030', bytes: iconv.encode(SIMPLIFIED, 'gb18030'), text: SIMPLIFIED, encoding: 'gb18030' },
    { name: 'Big5', bytes: iconv.encode(TRADITIONAL, 'big5'), text: TRADITIONAL, encoding: 'big5-hkscs' },
    { name: 'Big5-HKSCS', bytes: iconv.encode(TRADITIONAL, 'big5-hkscs'), text: TRADITIONAL, encoding: 'big5-hkscs' },
    {
      name: 'UTF-16LE with BOM',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')]),
      text: SIMPLIFIED,
      encoding: 'utf-16le',
    },
  ];
  for (const c of cases) {
    it(`decodes ${c.name}`, () => {
      const d = decodeBytes(c.bytes);
      expect(d.text).toBe(c.text);
      expect(d.encoding).toBe(c.encoding);
    });
  }

  it('rejects random bytes with a Chinese message instead of garbling them', () => {
    for (let seed = 0; seed < 10; seed++) {
      const bytes = crypto.randomBytes(4000);
      expect(() => decodeBytes(bytes)).toThrow(DecodeError);
    }
    expect(() => decodeBytes(crypto.randomBytes(4000))).toThrow(/无法识别文件编码/);
  });

  it('rejects binary data that is valid UTF-8 but full of control characters', () => {
    const bytes = Buffer.alloc(2000, 0);
    expect(() => decodeBytes(bytes)).toThrow(DecodeError);
  });

  // The import guard and the reader decode the same bytes: the second call reuses the first's outcome.
  it('the same bytes twice: the same text or the same refusal, and results the caller may change', () => {
    const gbk = iconv.encode(SIMPLIFIED, 'gbk');
    const first = decodeBytes(gbk);
    first.text = '';
    expect(decodeBytes(gbk)).toEqual({ text: SIMPLIFIED, encoding: 'gb18030', badSequences: 0 });
    const bad = Buffer.alloc(2000, 0);
    const refusal = (() => {
      try {
        decodeBytes(bad);
      } catch (err) {
        return err;
      }
    })();
    expect(refusal).toBeInstanceOf(DecodeError);
    expect(() => decodeBytes(bad)).toThrow((refusal as Error).message);
  });
});

describe('decodeBytes on valid UTF-8 (the fast path)', () => {
  // The same text TextDecoder gives (one BOM dropped, a second one dropped too by accept), for
  // texts long enough to take ICU's transcoder.
  const bom = '\ufeff';
  const texts = [
    SIMPLIFIED.repeat(40),
    bom + TRADITIONAL.repeat(40),
    bom + bom + SIMPLIFIED.repeat(40),
    `真实的替换字符 \ufffd 也是正文。${SIMPLIFIED.repeat(40)}`,
    `罕见字 𠀀𪚥 and ASCII\r\n${TRADITIONAL.repeat(40)}`,
  ];
  for (const [i, t] of texts.entries())
    it(`gives TextDecoder's text, case ${i + 1}`, () => {
      const bytes = Buffer.from(t, 'utf8');
      const expected = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
      expect(decodeBytes(bytes)).toEqual({ text: expected, encoding: 'utf-8', badSequences: 0 });
    });
});

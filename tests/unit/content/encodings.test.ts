// The same text encoded as UTF-8, GBK and Big5 imports to identical documents.
import crypto from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { seedBytes } from './helpers.js';

// Seed 003 (traditional Chinese) without its pinyin annotations, keeping only characters that
// GBK and Big5 can both represent, so the three encodings carry exactly the same text.
const roundTrips = (ch: string) => ['gbk', 'big5'].every((enc) => iconv.decode(iconv.encode(ch, enc), enc) === ch);
const TEXT = [
  ...seedBytes('003')
    .toString('utf8')
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/g, ''),
]
  .filter(roundTrips)
  .join('');

describe('encodings', () => {
  it('fixture round-trips in every encoding (so the comparison is meaningful)', () => {
    for (const enc of ['gbk', 'big5', 'big5-hkscs']) expect(iconv.decode(iconv.encode(TEXT, enc), enc)).toBe(TEXT);
  });

  it('UTF-8, GBK, GB18030, Big5 and Big5-HKSCS give identical documents', async () => {
    const variants: [string, Buffer][] = [
      ['utf-8', Buffer.from(TEXT, 'utf8')],
      ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
      ['gbk', iconv.encode(TEXT, 'gbk')],
      ['gb18030', iconv.encode(TEXT, 'gb18030')],
      ['big5', iconv.encode(TEXT, 'big5')],
      ['big5-hkscs', iconv.encode(TEXT, 'big5-hkscs')],
    ];
    const results = await Promise.all(variants.map(([, bytes]) => importBytes('page.txt', bytes)));
    const reference = results[0]!;
    expect(reference.errors).toEqual([]);
    expect(reference.documents).toHaveLength(1);
    for (const [i, r] of results.entries()) {
      expect(r.errors, variants[i]![0]).toEqual([]);
      expect(r.documents, variants[i]![0]).toEqual(reference.documents);
    }
  });

  it('random bytes give a clear error and no documents', async () => {
    const r = await importBytes('random.txt', crypto.randomBytes(5000));
    expect(r.documents).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/无法识别文件编码/);
  });

  it('unsupported and empty files are reported, not thrown', async () => {
    expect((await importBytes('picture.exe', Buffer.from('MZ\x90\x00'))).errors[0]).toMatch(/不支持的文件类型/);
    expect((await importBytes('empty.txt', Buffer.alloc(0))).errors[0]).toMatch(/没有找到可导入的正文/);
  });
});

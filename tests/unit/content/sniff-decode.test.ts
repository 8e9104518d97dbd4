// Type sniffing from content and counted bad byte sequences.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../../electron/core/content/decode.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const TEXT =
  '在全县干部大会上的讲话\n\n（2021年3月1日）\n\n同志们：\n\n今年是全面建设社会主义现代化国家新征程的重要一年，我们要坚定信心、真抓实干，确保完成全年目标任务。';

describe('sniffing and damaged bytes', () => {
  it.each(['讲话.utf8', '讲话.text', '讲话'])('UTF-8 text named %s imports as text with its date', async (name) => {
    const r = await importBytes(name, Buffer.from(TEXT));
    expect(r.errors).toEqual([]);
    expect(r.documents[0]!.title).toBe('在全县干部大会上的讲话');
    expect(r.documents[0]!.date).toBe('2021-03-01');
  });

  it('HTML without an extension is read as a page; a zip that is not Word and a .doc get advice', async () => {
    const html = `<!DOCTYPE html><html><head><title>标题一则_某某网</title></head><body><h1>标题一则</h1><p>${TEXT.slice(30)}</p></body></html>`;
    const page = await importBytes('saved', Buffer.from(html));
    expect(page.documents[0]!.title).toBe('标题一则');
    const zip = await importBytes('data.txt', Buffer.from('PK\x03\x04 xl/workbook.xml'));
    expect(zip.errors[0]).toMatch(/压缩包/);
    const doc = await importBytes('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(doc.errors[0]).toMatch(/另存为.*docx/);
  });

  it('a UTF-8 file with two damaged bytes is imported, marked □ and reported with the count', async () => {
    const bytes = Buffer.from(TEXT.repeat(3));
    bytes[60] = 0xff;
    bytes[90] = 0xfe;
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.badSequences).toBeGreaterThanOrEqual(2);
    expect(d.text).toContain('□');
    const r = await importBytes('damaged.txt', bytes);
    expect(r.report.removed.some((x) => /编码损坏/.test(x.reason))).toBe(true);
  });

  it('a badly damaged GBK file is refused with the count and what to do', () => {
    const bytes = iconv.encode(TEXT.repeat(10), 'gbk');
    for (let i = 40; i < bytes.length; i += 23) bytes[i] = 0xff;
    expect(() => decodeBytes(bytes)).toThrow(DecodeError);
    expect(() => decodeBytes(bytes)).toThrow(/\d+ 处字节无法.*另存为.*UTF-8/);
  });
});

// Pages saved as one file (.mht/.mhtml, "网页，单个文件"): the HTML part is unpacked from the MIME
// container (quoted-printable from Chrome, GBK base64 from Internet Explorer) and read as a page;
// a container without an HTML part is refused with advice.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isMhtml, mhtmlHtmlBytes } from '../../../electron/core/content/formats/mhtml.js';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import { precheckDocument } from '../../../electron/core/content/guard/precheck.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const TITLE = '各地扎实推进基层治理能力建设';
const PAGE =
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}--人民网</title></head><body>` +
  `<div class="nav"><a>首页</a><a>时政</a><a>党建</a></div><h1>${TITLE}</h1>` +
  `<div class="col-1-1 fl">2024年03月05日08:16 | 来源：<a href="#">人民网－人民日报</a></div>` +
  `<div class="rm_txt_con">${'<p>基层治理是国家治理的基石，各地坚持党建引领，推动资源下沉、服务下沉，让群众办事更方便、更顺心。</p>'.repeat(4)}</div>` +
  `</body></html>`;

function qp(bytes: Buffer): string {
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const tok =
      b >= 0x21 && b <= 0x7e && b !== 0x3d
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + tok.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += tok;
    line += tok.length;
  }
  return out;
}

function mhtml(part: { type: string; encoding: string; body: string }, top = 'From: <Saved by Blink>\r\n'): Buffer {
  const b = '----MultipartBoundary--abc----';
  return Buffer.from(
    `${top}Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${b}"\r\n\r\n\r\n` +
      `--${b}\r\nContent-Type: ${part.type}\r\nContent-Transfer-Encoding: ${part.encoding}\r\nContent-Location: http://example.cn/a.html\r\n\r\n` +
      `${part.body}\r\n--${b}--\r\n`,
    'latin1',
  );
}

describe('mhtml', () => {
  it('imports a page Chrome saved as one file (quoted-printable UTF-8)', async () => {
    const bytes = mhtml({ type: 'text/html', encoding: 'quoted-printable', body: qp(Buffer.from(PAGE)) });
    expect(isMhtml(bytes)).toBe(true);
    const doc = (await importBytes('page.mhtml', bytes)).documents[0]!;
    expect(doc.title).toBe(TITLE);
    expect(doc.date).toBe('2024-03-05');
    expect(doc.source).toBe('人民网－人民日报');
    expect(doc.paragraphs[0]!.text).toMatch(/^基层治理是国家治理的基石/);
  });

  it('imports a GBK page Internet Explorer saved in base64', async () => {
    const gbk = iconv.encode(PAGE.replace('charset="utf-8"', 'charset="gb2312"'), 'gb18030');
    const body = gbk.toString('base64').replace(/.{76}/g, '$&\r\n');
    const bytes = mhtml(
      { type: 'text/html;\r\n\tcharset="gb2312"', encoding: 'base64', body },
      'From: <Saved by Windows Internet Explorer 8>\r\n',
    );
    const doc = (await importBytes('page.mht', bytes)).documents[0]!;
    expect(doc.title).toBe(TITLE);
    expect(doc.source).toBe('人民网－人民日报');
  });

  it('checks the nesting depth of the page inside, as for any page', async () => {
    const deep = mhtml({
      type: 'text/html',
      encoding: 'quoted-printable',
      body: qp(Buffer.from('<div>'.repeat(1000))),
    });
    await expect(precheckDocument('deep.mht', deep, DEFAULT_LIMITS)).rejects.toThrow(/嵌套超过 400 层/);
  });

  it('reads a file that starts with a byte order mark', () => {
    const bytes = mhtml({ type: 'text/html', encoding: 'quoted-printable', body: qp(Buffer.from(PAGE)) });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    expect(isMhtml(withBom)).toBe(true);
    expect(mhtmlHtmlBytes(withBom).toString('utf8')).toContain(TITLE);
  });

  it('is not fooled by a text that merely mentions MIME headers', () => {
    expect(isMhtml(Buffer.from('邮件格式说明：\nMIME-Version: 1.0\nContent-Type: multipart/related\n'))).toBe(false);
  });

  it('refuses a container without an HTML part, with advice', async () => {
    const bytes = mhtml({ type: 'image/gif', encoding: 'base64', body: 'R0lGODlhAQABAAAAACw=' });
    expect(() => mhtmlHtmlBytes(bytes)).toThrow(/text\/html/);
    const res = await importBytes('x.mht', bytes);
    expect(res.documents).toHaveLength(0);
    expect(res.errors.join('')).toMatch(/没有网页正文/);
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { readSources } from '../../../electron/core/content/formats/index.js';
import { makeDocx, makePdf } from './fixtures.js';

const PARA1 = '近日，市委召开全市基层党建工作会议，研究部署当前和今后一个时期基层党的建设工作。';
const PARA2 = '市委书记张三出席会议并讲话。他强调，要坚持问题导向，切实把基层党组织建设成为坚强战斗堡垒。';

describe('formats', () => {
  it('html: main content only, scripts/styles/navigation/footer dropped', async () => {
    const html = `<!doctype html><html><head><meta charset="gb2312"><title>市委召开基层党建工作会议_新闻中心</title>
      <style>.x{color:red}</style><script>var tracking = "不应出现的脚本文字";</script></head>
      <body><nav>首页 | 新闻中心 | 网站地图</nav><div class="main"><h1>市委召开基层党建工作会议</h1>
      <div class="content"><p>${PARA1}</p><p>${PARA2}</p></div></div>
      <footer>主办单位：某某市人民政府办公室 备案号：京ICP备000000号</footer></body></html>`;
    const r = await importBytes('page.html', Buffer.from(html, 'utf8'));
    expect(r.errors).toEqual([]);
    const d = r.documents[0]!;
    expect(d.title).toBe('市委召开基层党建工作会议');
    const text = d.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(PARA1);
    expect(text).toContain(PARA2);
    for (const junk of ['tracking', 'color:red', '网站地图', '主办单位', 'ICP']) expect(text).not.toContain(junk);
    expect(d.speakers).toContainEqual({ name: '张三', role: '市委书记' });
  });

  it('markdown: markup removed', async () => {
    const md = `# 标题一则\n\n**${PARA1}**\n\n- ${PARA2}\n`;
    const [src] = await readSources('note.md', Buffer.from(md));
    expect(src!.text).not.toMatch(/[#*]/);
    expect(src!.text).toContain(PARA1);
  });

  it('jsonl: one source per row with title and year hints; bad rows are reported', async () => {
    const rows = [
      { title: '2001年政府工作报告', content: `${PARA1}\n\n${PARA2}`, year: '2001' },
      { title: '第二篇', content: PARA2 + PARA1 },
    ];
    const srcs = await readSources('x.jsonl', Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n')));
    expect(srcs.map((s) => s.hints.title)).toEqual(['2001年政府工作报告', '第二篇']);
    expect(srcs[0]!.hints.date).toBe('2001');
    const bad = await importBytes('bad.jsonl', Buffer.from('{"title": "x"}\n'));
    expect(bad.errors[0]).toMatch(/第 1 行/);
  });

  it('docx: paragraphs via mammoth', async () => {
    const r = await importBytes('讲话.docx', makeDocx(['在全市基层党建工作会议上的讲话', '同志们：', PARA1, PARA2]));
    expect(r.errors).toEqual([]);
    const d = r.documents[0]!;
    expect(d.title).toBe('在全市基层党建工作会议上的讲话');
    expect(d.type).toBe('讲话');
    expect(d.paragraphs.map((p) => p.text)).toEqual(['同志们：', PARA1, PARA2]);
  });

  it('pdf: the text layer of every page', async () => {
    const srcs = await readSources('report.pdf', makePdf(['Party building report, page one.', 'Second page text.']));
    expect(srcs).toHaveLength(1);
    expect(srcs[0]!.text).toContain('Party building report, page one.');
    expect(srcs[0]!.text).toContain('Second page text.');
    expect(srcs[0]!.text.indexOf('page one')).toBeLessThan(srcs[0]!.text.indexOf('Second page'));
  });

  it('html declared as UTF-8 but encoded as GBK is decoded from the bytes', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div><h1>标题</h1><p>${PARA1}</p><p>${PARA2}</p></div></body></html>`;
    const iconv = (await import('iconv-lite')).default;
    const r = await importBytes('gbk.htm', iconv.encode(html, 'gbk'));
    expect(r.errors).toEqual([]);
    expect(r.documents[0]!.paragraphs.map((p) => p.text)).toContain(PARA1);
  });

  it('doc: Word 97–2003 text with its Chinese quotation marks and dashes', async () => {
    const bytes = fs.readFileSync(new URL('../../fixtures/import/doc/report-county.doc', import.meta.url));
    const [src] = await readSources('report.doc', bytes);
    expect(src!.kind).toBe('blocks');
    expect(src!.text).toContain('——2024年1月10日在某某县第十八届人民代表大会第四次会议上');
    expect((src!.text.match(/“/g) ?? []).length).toBe(5);
    // eslint-disable-next-line no-control-regex -- no Word control character may remain
    expect(src!.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]|"/);
    const bad = await importBytes('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]));
    expect(bad.errors[0]).toMatch(/旧版 Word（\.doc）.*另存为/);
  });

  it('pdf: corrupt files give a Chinese error', async () => {
    const r = await importBytes('broken.pdf', Buffer.from('%PDF-1.4\nthis is not really a pdf'));
    expect(r.documents).toEqual([]);
    expect(r.errors[0]).toMatch(/PDF/);
  });

  it('docx: corrupt files give a Chinese error', async () => {
    const r = await importBytes('broken.docx', Buffer.from('PK\x03\x04 not a real zip'));
    expect(r.documents).toEqual([]);
    expect(r.errors[0]).toMatch(/Word/);
  });
});

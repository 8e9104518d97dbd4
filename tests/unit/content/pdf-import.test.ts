// Printed PDFs of speeches and 公文 (tests/fixtures/import/pdf, from generate-pdf.ts) import with
// the title, date, speaker, outline and body a reader sees on the page.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyKey } from '../../../electron/core/content/dedupe.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const read = async (name: string) => {
  const bytes = fs.readFileSync(new URL(`../../fixtures/import/pdf/${name}`, import.meta.url));
  return importBytes(name, bytes, {}, { deferKnowledge: true });
};
const bodyOf = (r: Awaited<ReturnType<typeof read>>) => r.documents[0]!.paragraphs.map((p) => p.text).join('\n');

describe('PDF import', () => {
  it('a title in larger type over two lines, its speaker named alone under the subtitle', async () => {
    const d = (await read('title-two-lines.pdf')).documents[0]!;
    expect(d.title).toBe('坚定信心 真抓实干 奋力开创乡村振兴新局面');
    expect(d.date).toBe('2024-04-12');
    expect(d.speakers).toContainEqual({ name: '刘振宇', role: null });
  }, 30_000);

  it('running heads and feet go; sentences over page breaks stay whole', async () => {
    const r = await read('running-heads.pdf');
    const body = bodyOf(r);
    expect(body).not.toContain('内部资料');
    expect(body).not.toContain('某某市人民政府办公室');
    const label = JSON.parse(
      fs.readFileSync(new URL('../../fixtures/import/pdf/running-heads.pdf.label.json', import.meta.url), 'utf8'),
    ) as { keep: string[] };
    // Compared as the eval compares (punctuation width and spaces folded).
    for (const k of label.keep) expect(bodyKey(body)).toContain(bodyKey(k));
  }, 30_000);

  it('a 目录 page goes, and the title is the speech’s, on the page after it', async () => {
    const d = (await read('toc-page.pdf')).documents[0]!;
    expect(d.title).toBe('在全市生态环境保护大会上的讲话');
    expect(d.speakers).toContainEqual({ name: '赵海峰', role: '市委书记' });
    expect(d.paragraphs.filter((p) => p.kind === 'h').map((p) => p.text)).toEqual([
      '一、统一思想认识，切实增强做好工作的责任感',
      '二、突出工作重点，推动各项任务落地见效',
      '三、加强组织领导，确保取得实实在在的成效',
    ]);
  }, 30_000);

  it('a web page printed by the browser: its header, footer and page chrome go, its info line gives date and source', async () => {
    const r = await read('web-print.pdf');
    const d = r.documents[0]!;
    expect(d.title).toBe('关于做好2024年度防汛抗旱工作的通知');
    expect(d.date).toBe('2024-05-06');
    expect(d.source).toBe('某某县人民政府办公室');
    for (const junk of ['https://', '10:32', '首页', '打印本页']) expect(bodyOf(r)).not.toContain(junk);
  }, 30_000);

  it('footnotes and their marks go, the noted sentence stays whole', async () => {
    const body = bodyOf(await read('footnotes.pdf'));
    expect(body).toContain('要坚持以人民为中心的发展思想，办好群众身边的民生实事');
    expect(body).not.toContain('民生实事项目清单');
    expect(body).not.toContain('①');
  }, 30_000);

  it('a scan without a text layer is refused with the Chinese message', async () => {
    const r = await read('image-only.pdf');
    expect(r.documents).toHaveLength(0);
    expect(JSON.stringify(r.errors)).toContain('PDF 没有文字层');
  }, 30_000);
});

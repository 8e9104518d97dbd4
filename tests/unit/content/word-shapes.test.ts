// Word files as offices make them, imported whole: footnotes, a TOC's 目录, titles outside the body
// or broken by manual line breaks, letter-spaced titles, hidden text, tables, .doc quirks (the line
// rules themselves: word-lines.test.ts). Files are raw WordprocessingML (gen/word-xml.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import {
  brRuns,
  endnoteRef,
  field,
  footnoteRef,
  p,
  para,
  r,
  table,
  wordFile,
} from '../../fixtures/import/gen/word-xml.js';

const S1 = '要坚持问题导向，聚焦群众反映强烈的突出问题，拿出过硬措施，一件一件抓好落实。';
const S2 = '要加强统筹协调，主要负责同志要亲自抓、负总责，分管负责同志要具体抓、抓具体。';

async function imported(file: Parameters<typeof wordFile>[0]) {
  const res = await importBytes('x.docx', wordFile(file));
  expect(res.errors).toEqual([]);
  const d = res.documents[0]!;
  return {
    ...d,
    body: d.paragraphs.map((x) => x.text).join('\n'),
    outline: d.paragraphs.filter((x) => x.kind === 'h'),
  };
}

describe('Word files as offices make them', () => {
  it('footnote and endnote marks leave the sentence whole; the notes stay out of the body', async () => {
    const d = await imported({
      body:
        para('在全县民生工作座谈会上的讲话', { style: 'Title' }) +
        para('同志们：') +
        p(r('要坚持问题导向') + footnoteRef(1) + r('，聚焦群众反映强烈的突出问题，拿出过硬措施，一件一件抓好落实。')) +
        p(r('要加强统筹协调') + endnoteRef(1) + r('，主要负责同志要亲自抓、负总责，分管负责同志要具体抓、抓具体。')),
      footnotes: ['参见县政府工作报告附件二。'],
      endnotes: ['据县统计局年报整理。'],
    });
    expect(d.body).toContain(S1);
    expect(d.body).toContain(S2);
    expect(d.body).not.toMatch(/\[\d\]|↑|附件二|统计局年报/);
  });

  it('a 目录 made by a TOC field is neither body nor outline', async () => {
    const heads = ['一、统一思想，提高认识', '二、突出重点，狠抓落实'];
    const entries = heads
      .map((h, i) =>
        p(
          `<w:hyperlink w:anchor="_Toc${i}">${r(h)}<w:r><w:tab/></w:r>${field(`PAGEREF _Toc${i} \\h`, String(i + 2))}</w:hyperlink>`,
          { style: 'TOC1' },
        ),
      )
      .join('');
    const d = await imported({
      body:
        para('关于全县乡村振兴工作情况的报告', { style: 'Title' }) +
        para('目　录', { jc: 'center' }) +
        entries +
        heads.map((h, i) => para(h, { style: 'Heading1' }) + para([S1, S2][i]!)).join(''),
    });
    expect(d.outline.map((x) => x.text)).toEqual(heads);
    expect(d.body).not.toMatch(/目\s*录/);
    expect(d.paragraphs[0]!.text).toBe(heads[0]);
  });

  it('the title only in the page header is taken when the body opens with the salutation', async () => {
    const d = await imported({
      header: para('在全区安全生产工作会议上的讲话', { style: 'Header' }),
      footer: para('某某区应急管理局　2024年3月', { style: 'Footer' }),
      body: para('同志们：') + para(S1) + para(S2),
    });
    expect(d.title).toBe('在全区安全生产工作会议上的讲话');
    // The footer's month is not the speech's date.
    expect(d.date).toBeNull();
  });

  it('a running header with the unit is not a title, and the body keeps its own', async () => {
    const d = await imported({
      header: para('某某县人民政府办公室', { style: 'Header' }),
      body: para('县政府办公室2024年第一季度工作简报') + para(S1) + para(S2),
    });
    expect(d.title).toBe('县政府办公室2024年第一季度工作简报');
  });

  it('a title broken by a manual line break is one line; a letter-spaced title is squeezed', async () => {
    const a = await imported({
      body:
        p(brRuns(['在全市优化营商环境工作', '推进会上的讲话']), { jc: 'center' }) +
        para('同志们：') +
        para(S1) +
        para(S2),
    });
    expect(a.title).toBe('在全市优化营商环境工作推进会上的讲话');
    const b = await imported({
      body: para('关　于　做　好　春　季　防　火　工　作　的　通　知', { jc: 'center' }) + para(S1) + para(S2),
    });
    expect(b.title).toBe('关于做好春季防火工作的通知');
  });

  it('a title in two Title-style paragraphs is one; hidden text stays out, the result of a simple field comes in', async () => {
    const d = await imported({
      body:
        para('在全县民生实事项目', { style: 'Title' }) +
        para('推进会上的讲话', { style: 'Title' }) +
        para('同志们：') +
        p(
          r('今年计划实施民生实事') + '<w:fldSimple w:instr=" REF _Ref1 ">' + r('十二') + '</w:fldSimple>' + r('项。'),
        ) +
        p(r(S1) + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（办公室注：待审定）</w:t></w:r>') +
        para(S2),
    });
    expect(d.title).toBe('在全县民生实事项目推进会上的讲话');
    expect(d.body).toContain('今年计划实施民生实事十二项。');
    expect(d.body).toContain(S1);
    expect(d.body).not.toContain('办公室注');
  });

  it('a WPS Writer .wps file is read as the Word 97–2003 file it is, or refused with advice', async () => {
    const doc = fs.readFileSync(new URL('../../fixtures/import/doc/notice-signed.doc', import.meta.url));
    const asDoc = await importBytes('通知.doc', doc);
    expect(asDoc.documents.length).toBe(1);
    expect((await importBytes('通知.wps', doc)).documents.map((d) => d.title)).toEqual([asDoc.documents[0]!.title]);
    const other = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect((await importBytes('通知.wps', other)).errors[0]).toMatch(
      /WPS 2005 以前[\s\S]*WPS Office 打开[\s\S]*另存为[\s\S]*\.docx/,
    );
  });

  it('a single-file web page (.mht) saved as .doc is read as the page, not as markup', async () => {
    const page = `<html><head><title>在全县项目建设推进会上的讲话</title></head><body><h1>在全县项目建设推进会上的讲话</h1><p>${S1}</p><p>${S2}</p></body></html>`;
    const mht = (html: string) =>
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n' +
      (html
        ? `Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${html}\r\n--x--\r\n`
        : '');
    const res = await importBytes('讲话.doc', Buffer.from(mht(page)));
    expect(res.documents.map((d) => d.title)).toEqual(['在全县项目建设推进会上的讲话']);
    const body = res.documents[0]!.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain(S1);
    expect(body).not.toMatch(/MIME-Version|<p>/);
    const empty = await importBytes('讲话.doc', Buffer.from(mht('')));
    expect(empty.documents).toEqual([]);
    expect(empty.errors[0]).toMatch(/没有网页正文/);
  });

  it('the role and name in a speech title give the speaker with the role', async () => {
    const d = await imported({
      body: para('市委副书记、市长李红梅同志在全市经济工作会议上的讲话', { style: 'Title' }) + para(S1) + para(S2),
    });
    expect(d.speakers).toEqual([{ name: '李红梅', role: '市委副书记、市长' }]);
  });

  it('an issuer mark set in the Title style is the 版头, not the title', async () => {
    const d = await imported({
      body:
        para('中共某某县委员会文件', { style: 'Title' }) +
        para('县发〔2024〕21号') +
        para('中共某某县委员会关于加强基层宣传工作的意见') +
        para('各乡镇党委：') +
        para(S1) +
        para(S2),
    });
    expect([d.title, d.source]).toEqual(['中共某某县委员会关于加强基层宣传工作的意见', '中共某某县委员会']);
    expect(d.body).not.toContain('县发');
  });

  it('a data table reads one row a line; a 版记 row in a table still leaves with the 版记', async () => {
    const d = await imported({
      body:
        para('县发〔2024〕3号') +
        para('中共某某县委办公室关于做好春节期间值班工作的通知') +
        para('各乡镇党委：') +
        para(S1) +
        table([
          ['日期', '值班领导', '电话'],
          ['2月9日', '王建国', '1234567'],
        ]) +
        para(S2) +
        para('中共某某县委办公室') +
        para('2024年1月30日') +
        table([
          ['抄送：县人大办，县政府办。', ''],
          ['中共某某县委办公室', '2024年1月31日印发'],
        ]),
    });
    expect(d.paragraphs.map((x) => x.text)).toContain('2月9日\t王建国\t1234567');
    expect(d.outline).toEqual([]);
    expect(d.body).not.toMatch(/抄送|印发/);
    expect(d.date).toBe('2024-01-30');
  });

  it('a date set into the title line is the date, and leaves the title', async () => {
    const title = '在全县经济工作会议上的讲话';
    const d = await imported({
      body: para(`${title}（2024年3月5日）`, { style: 'Title' }) + para('同志们：') + para(S1) + para(S2),
    });
    expect([d.title, d.date]).toEqual([title, '2024-03-05']);
  });

  it('Word core properties give neither title nor date', async () => {
    const d = await imported({
      core: { title: 'Microsoft Word 文档', created: '2024-11-20T01:00:00Z' },
      body: para('关于加强中小学校园安全管理的意见', { style: 'Title' }) + para(S1) + para(S2),
    });
    expect(d.title).toBe('关于加强中小学校园安全管理的意见');
    expect(d.date).toBeNull();
  });

  it('auto-numbered short paragraphs are the outline, table cells are not', async () => {
    const d = await imported({
      numbering: true,
      wps: true,
      body:
        para('在全镇人居环境整治动员会上的讲话', { jc: 'center' }) +
        para('同志们：') +
        para('统一思想，提高认识', { num: { id: 1, ilvl: 0 } }) +
        para(S1) +
        para('突出重点，狠抓落实', { num: { id: 1, ilvl: 0 } }) +
        para(S2) +
        `<w:tbl><w:tr><w:tc>${para('村名')}</w:tc><w:tc>${para('户数')}</w:tc></w:tr></w:tbl>` +
        p(r('这项工作要做到全覆盖、无死角') + '<w:r><w:softHyphen/></w:r>' + r('，确保取得实效。')),
    });
    // Word draws 一、 二、 (numbering.xml: chineseCounting, `%1、`): the headings carry them.
    expect(d.outline.map((x) => x.text)).toEqual(['一、统一思想，提高认识', '二、突出重点，狠抓落实']);
    expect(d.body).toContain('这项工作要做到全覆盖、无死角，确保取得实效。');
  });

  it('.doc: a text-box title, a 目录, full-width space layout, a soft hyphen (word-extractor writes `undefined`)', async () => {
    const read = async (name: string) => {
      const res = await importBytes(
        name,
        fs.readFileSync(new URL(`../../fixtures/import/doc/${name}`, import.meta.url)),
      );
      const d = res.documents[0]!;
      return { ...d, body: d.paragraphs.map((x) => x.text).join('\n') };
    };
    expect((await read('shape-textbox-title.doc')).title).toBe('在全县项目建设推进会上的讲话');
    const toc = await read('shape-toc.doc');
    expect(toc.body).not.toMatch(/目\s*录|\t\d$/m);
    const spaced = await read('shape-space-layout.doc');
    expect(spaced.speakers).toEqual([{ name: '孔德华', role: '县长' }]);
    expect(spaced.paragraphs.every((x) => x.text.trim())).toBe(true);
    const wps = await read('shape-wps-numbering.doc');
    expect(wps.body).toContain('无死角，确保');
    expect(wps.body).not.toContain('undefined');
  });
});

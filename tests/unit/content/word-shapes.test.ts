// Word files as offices make them: footnotes, a TOC's 目录, titles outside the body or broken by
// manual line breaks, letter-spaced titles, full-width digit dates, byline names jieba misses and
// units that are no speakers. Files are built as raw WordprocessingML (tests/fixtures/import/gen/word-xml.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBylineName } from '../../../electron/core/content/byline-name.js';
import { readHeader } from '../../../electron/core/content/header.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { dateOnlyLine, findDate } from '../../../electron/core/content/dates.js';
import {
  joinBroken,
  titleOutsideBody,
  tocEntries,
  tocRange,
} from '../../../electron/core/content/formats/word-lines.js';
import { paragraphKinds } from '../../../electron/core/content/outline.js';
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

  it('an RTF or .mht file saved as .doc is refused with advice, not imported as markup', async () => {
    const rtf = await importBytes(
      '讲话.doc',
      Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}} 正文\\par }'),
    );
    expect(rtf.documents).toEqual([]);
    expect(rtf.errors[0]).toMatch(/RTF/);
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n';
    const res = await importBytes('讲话.doc', Buffer.from(mht));
    expect(res.documents).toEqual([]);
    expect(res.errors[0]).toMatch(/单个文件网页/);
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
    expect(d.outline.map((x) => x.text)).toEqual(['统一思想，提高认识', '突出重点，狠抓落实']);
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

describe('Word line rules', () => {
  it('joins a broken title: one phrase without a space, parallel phrases with one; body lines stay', () => {
    expect(joinBroken(['在全县基层党建工作', '推进会上的讲话'])).toEqual(['在全县基层党建工作推进会上的讲话']);
    expect(joinBroken(['中共某某县委员会', '关于加强基层党组织建设的通知'])).toEqual([
      '中共某某县委员会关于加强基层党组织建设的通知',
    ]);
    expect(joinBroken(['真抓实干 久久为功', '奋力开创基层治理新局面'])).toEqual([
      '真抓实干 久久为功 奋力开创基层治理新局面',
    ]);
    expect(joinBroken([S1, S2])).toEqual([S1, S2]);
    expect(joinBroken(['县委书记　王建国', '2024年3月5日'])).toEqual(['县委书记　王建国', '2024年3月5日']);
    expect(joinBroken(['在全县经济工作会议上的讲话', '县委书记　王建国'])).toEqual([
      '在全县经济工作会议上的讲话',
      '县委书记　王建国',
    ]);
    expect(joinBroken(['在全县经济工作会议上的讲话', '王建国'])).toEqual(['在全县经济工作会议上的讲话', '王建国']);
  });

  it('a title outside the body only when the body opens without one and it is shaped like a title', () => {
    expect(titleOutsideBody(['同志们：', S1], ['在全县经济工作会议上的讲话'])).toBe('在全县经济工作会议上的讲话');
    expect(titleOutsideBody(['县委书记　王建国', S1], ['在全县经济工作会议上的讲话'])).toBe(
      '在全县经济工作会议上的讲话',
    );
    expect(titleOutsideBody(['在全县经济工作会议上的讲话', S1], ['在全县经济工作会议上的讲话'])).toBeNull();
    expect(titleOutsideBody(['同志们：', S1], ['某某县人民政府办公室', '2024年3月'])).toBeNull();
    expect(titleOutsideBody(['同志们：', S1], ['在甲会议上的讲话', '在乙会议上的讲话'])).toBeNull();
  });

  it('finds a 目录 in plain lines: tab or dot leaders and a page number under a 目录 head', () => {
    expect(tocRange(['报告', '目　录', '一、总体要求\t2', '二、主要任务……………5', '各位代表：', S1])).toEqual([1, 4]);
    expect(tocRange(['目录管理办法', S1])).toBeNull();
    expect(tocRange(['目录', S1])).toBeNull();
  });

  it('finds 目录 entries without a head: entry-shaped lines whose text is a heading further down', () => {
    const lines = [
      '报告',
      '一、总体要求\t2',
      '二、主要任务\t5',
      '各位代表：',
      S1,
      '一、总体要求',
      S2,
      '二、主要任务',
      S1,
    ];
    expect([...tocEntries(lines)]).toEqual([1, 2]);
    expect([...tocEntries(['东山村\t126', S1, S2])]).toEqual([]);
  });

  it('lines above the salutation are header, rows with tabs are no headings', () => {
    const kinds = paragraphKinds(['团县委', '同志们：', '一、统一思想', S1, '村名\t户数', S2], []);
    expect(kinds.map((k) => k.kind)).toEqual(['p', 'p', 'h', 'p', 'p', 'p']);
  });

  it('byline names: common surnames jieba splits are names, units are not', () => {
    for (const n of ['钱志远', '郑国华', '欧阳志远', '王建国']) expect(isBylineName(n), n).toBe(true);
    for (const n of ['团县委', '宣传部', '高新区', '某某某', '秘书科']) expect(isBylineName(n), n).toBe(false);
  });

  it('bylines with a label, in brackets or with 同志; placeholders and units give no speaker', () => {
    const title = '在全县党员干部专题党课上的讲稿';
    const speaker = (line: string) => readHeader([line, '同志们：', S1], title).speaker;
    expect(speaker('主讲人：许文静')).toEqual({ name: '许文静', role: null });
    expect(speaker('讲话人：县委书记　王建国')).toEqual({ name: '王建国', role: '县委书记' });
    expect(speaker('（县委书记　王建国）')).toEqual({ name: '王建国', role: '县委书记' });
    expect(speaker('王建国同志')).toEqual({ name: '王建国', role: null });
    for (const line of ['某某某', '县委书记　某某某', '团县委', '（节选）']) expect(speaker(line), line).toBeNull();
  });

  it('a handout mark above the title leaves; a title-like first line stays', () => {
    const strip = (lines: string[]) => stripOfficialFrame(lines, { removed: [] }).lines[0];
    for (const mark of ['会议材料之三', '材料2', '内部资料　注意保存'])
      expect(strip([mark, '在全县乡村振兴工作会议上的讲话', '同志们：', S1]), mark).toBe(
        '在全县乡村振兴工作会议上的讲话',
      );
    expect(strip(['材料科学学院2024年工作要点', S1, S2])).toBe('材料科学学院2024年工作要点');
  });

  it('the 落款 date is found above the attachments that follow it', () => {
    const lines = [
      S1,
      S2,
      '附件：检查安排表',
      '中共某某县委组织部',
      '2024年3月15日',
      '附件',
      '检查安排表',
      '时间\t地点',
      '3月20日\t东山镇',
    ];
    expect(readHeader(lines, '关于开展专项检查的通知').signatureDate).toBe('2024-03-15');
    // An attachment head with no dated 落款 above it changes nothing.
    expect(readHeader([S1, '附件', '检查安排表', '2024年3月20日'], '关于开展专项检查的通知').signatureDate).toBe(
      '2024-03-20',
    );
  });

  it('dates with a weekday, time of day or place, beside a byline, or set into the title line', async () => {
    const title = '在全县经济工作会议上的讲话';
    const header = (line: string) => readHeader([line, '同志们：', S1], title);
    for (const line of [
      '2024年3月5日（星期二）',
      '二〇二四年三月五日上午',
      '2024年3月5日于县委常委会议室',
      '（2024年3月5日 根据录音整理）',
    ])
      expect(header(line).date, line).toBe('2024-03-05');
    expect(header('县委书记　王建国　2024年3月5日')).toMatchObject({
      date: '2024-03-05',
      speaker: { name: '王建国', role: '县委书记' },
    });
    expect(header('王建国（2024年3月5日）').speaker).toEqual({ name: '王建国', role: null });
    expect(readHeader(['（根据录音整理，有删节）', '县委书记　王建国', '同志们：'], title).speaker?.name).toBe(
      '王建国',
    );
    const d = await imported({
      body: para(`${title}（2024年3月5日）`, { style: 'Title' }) + para('同志们：') + para(S1) + para(S2),
    });
    expect([d.title, d.date]).toEqual([title, '2024-03-05']);
  });

  it('dates in full-width digits', () => {
    expect(findDate('（２０２４年３月８日）')).toBe('2024-03-08');
    expect(dateOnlyLine('（２０２４年３月８日）')).toBe('2024-03-08');
    expect(dateOnlyLine('二○二四年三月五日')).toBe('2024-03-05');
  });
});

// Party and government papers of the o17 round (tests/fixtures/import/real/o17-*, o17h-*): a 纪要 whose
// lead narrates the meeting, a 发文稿纸 over the text it sends, a 版头 wrapped in a PDF, a page footer's
// month under the 落款, a printer's mark beside one page number, a page's tool bar copied a link a line,
// a breadcrumb under its `当前位置` label. The line rules are shown on plain text, as a Word file's
// paragraphs read the same.
import { describe, expect, it } from 'vitest';
import { stripDraftForm } from '../../../electron/core/content/draft-form.js';
import { isFrameHead } from '../../../electron/core/content/official-frame.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { judge, type Extracted } from '../../../scripts/eval/import-score.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

const P1 = '为加快推进高标准农田建设，提升粮食综合生产能力，经县政府同意，现就有关工作通知如下。';
const P2 = '各乡镇要在4月底前完成项目区选址和群众意愿摸底，确保项目区集中连片、权属清晰。';

describe('o17 kinds and frames', () => {
  it('types a 纪要 as a document even when its lead says `主持召开……会议` and `会议指出`', async () => {
    const d = await doc(
      '南岭县人民政府2025年第6次常务会议纪要\n\n5月12日，县长周立新主持召开县政府2025年第6次常务会议，研究部署近期重点工作。现纪要如下。\n\n会议指出，要严格落实耕地保护党政同责，坚决遏制耕地“非农化”。\n\n南岭县人民政府办公室\n\n2025年5月13日\n',
    );
    expect(d.type).toBe('文件');
    expect(d.speakers).toEqual([]);
    // A report of a meeting stays one (guard).
    const r = await doc(
      '全县安全生产工作会议召开\n\n5月12日，县长周立新主持召开全县安全生产工作会议。\n\n会议指出，要压实安全生产责任。\n',
    );
    expect(r.type).toBe('会议报道');
  });

  it('reads `文件` wrapped under the organ’s name, or the name wrapped inside, as the 版头 (a PDF)', async () => {
    expect(isFrameHead(['中共南岭县纪律检查委员会', '文件', '南纪发〔2025〕7号'], 1)).toBe(true);
    expect(isFrameHead(['南岭县人民政府国有资产监', '督管理委员会文件', '南国资发〔2025〕2号'], 0)).toBe(true);
    expect(isFrameHead(['关于做好2025年', '文件清理工作的通知'], 0)).toBe(false);
    // A 紧急程度 over a mark is no part of the organ's name (guard).
    expect(isFrameHead(['特急', '南岭县人民政府文件'], 0)).toBe(false);
    const d = await doc(
      `南岭县人民政府国有资产监\n督管理委员会文件\n南国资发〔2025〕2号\n关于加强县属国有企业投资监管的通知\n各县属国有企业：\n${P1}\n${P2}\n`,
    );
    expect(d.title).toBe('关于加强县属国有企业投资监管的通知');
    expect(d.source).toBe('南岭县人民政府国有资产监督管理委员会');
  });

  it('takes a 发文稿纸 off the top: its `标题` cell is the title, its rows are no text', () => {
    const report = { removed: [] as { reason: string; text: string }[] };
    const rows = [
      '南岭县人民政府办公室发文稿纸',
      '签 发\t周立新 5月6日\t核 稿\t李 华',
      '拟稿单位\t县农业农村局',
      '标 题\t关于做好2025年',
      '高标准农田建设工',
      '作的通知',
      '主送各乡镇人民政府，',
      '县直有关单位',
      '各乡镇人民政府，县直有关单位：',
      P1,
    ];
    expect(stripDraftForm(rows, report)).toEqual([
      '关于做好2025年高标准农田建设工作的通知',
      '各乡镇人民政府，县直有关单位：',
      P1,
    ]);
    expect(report.removed.map((r) => r.text)).toContain('拟稿单位\t县农业农村局');
    // A text that only mentions a form keeps its lines (guard).
    const plain = ['关于规范发文稿纸填写的通知', P1];
    expect(stripDraftForm(plain, report)).toEqual(plain);
  });

  it('leaves a footer’s month printed under the 落款’s day out of the text', async () => {
    const d = await doc(
      `南岭县审计局2025年1至5月工作情况汇报\n\n${P1}\n\n${P2}\n\n南岭县审计局\n\n2025年6月3日\n\n2025年5月\n`,
    );
    expect(d.date).toBe('2025-06-03');
    expect(bodyOf(d)).not.toMatch(/2025年5月$/);
    expect(bodyOf(d)).toContain('2025年6月3日');
  });
});

describe('o17 copied text', () => {
  it('drops a printer’s mark met beside one page number only', async () => {
    const d = await doc(
      `关于全县信访工作情况的通报\n\n${P1}\n\n南岭县信访局印制\n第 1 页 共 2 页\n\n${P2}\n\n南岭县信访联席会议办公室\n\n2025年7月8日\n\n第 2 页 共 2 页\n`,
    );
    expect(bodyOf(d)).not.toContain('南岭县信访局印制');
    expect(bodyOf(d)).toContain(P2);
  });

  it('drops a tool bar copied one link a line (`【字体：`, `大`, `中`, `小`, `】`)', async () => {
    for (const bar of ['【字体：\n大\n中\n小\n】', '【字体：大\n中\n小】']) {
      const d = await doc(`南岭县教育局关于做好暑期安全工作的通知\n\n${bar}\n\n${P1}\n\n${P2}\n`);
      expect(bodyOf(d)).not.toMatch(/字体|^[大中小】]$/m);
      expect(d.title).toBe('南岭县教育局关于做好暑期安全工作的通知');
    }
  });

  it('drops a breadcrumb under its `当前位置` label and reads a `信息来源：` line', async () => {
    const d = await doc(
      `当前位置：首页 > 信息公开 > 工作动态\n\n南岭县召开安全生产月活动动员会\n\n信息来源：南岭县应急管理局　　发布日期：2025-06-04\n\n${P1}\n\n${P2}\n`,
    );
    expect(d.title).toBe('南岭县召开安全生产月活动动员会');
    expect(d.source).toBe('南岭县应急管理局');
    expect(d.date).toBe('2025-06-04');
    // A sentence about a place keeps its words (guard).
    expect(bodyOf(await doc(`南岭县召开大会\n\n所在位置：县城东部新区，交通便利，配套完善。\n\n${P1}\n`))).toContain(
      '所在位置',
    );
  });
});

describe('the import scorer', () => {
  it('compares outlines as titles: an ideographic space is a space', () => {
    const label = {
      file: 'real/a.docx',
      format: 'docx' as const,
      template: 'a',
      title: 'T',
      date: null,
      source: null,
      outline: ['第一部分　要义'],
      keep: [],
      drop: [],
    };
    const got: Extracted = {
      ok: true,
      body: '',
      title: 'T',
      date: null,
      source: null,
      speakers: [],
      outline: ['第一部分 要义'],
      documents: [],
    };
    expect(judge(label, got).outline).toBe(true);
    expect(judge(label, { ...got, outline: ['第二部分 要义'] }).outline).toBe(false);
  });
});

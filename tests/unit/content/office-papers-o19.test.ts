// Party papers of the o19 round (tests/fixtures/import/real/o19-*, o19h-*): speeches with stage marks, a PDF
// form's text cell, 对照检查 and 检视剖析 papers, slide decks (closing page, cover month under 主讲人), a
// scanner app's mark. Shown on plain text or on PDF lines as the reader gives them.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { mergeCellLines } from '../../../electron/core/content/formats/pdf-cells.js';
import { dropFootnotes } from '../../../electron/core/content/formats/pdf-furniture.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { fieldsFirst } from '../../../electron/core/content/header.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { stripStageMarks } from '../../../electron/core/content/stage-marks.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text);
const line = (text: string, x: number, xEnd: number, y: number, extra: Partial<PdfLine> = {}): PdfLine => ({
  text,
  x,
  xEnd,
  y,
  size: 10.5,
  page: 0,
  ...extra,
});

const S1 = '这次会议的主要任务是，总结去年全县乡村振兴工作，部署今年重点任务。';
const S2 = '在这里，我代表县委、县政府，向同志们表示衷心的感谢！';

describe('o19 stage marks', () => {
  it('takes the hall’s marks out of a speech’s lines, and a line of a mark alone', async () => {
    expect(stripStageMarks(`${S2}（热烈掌声）`)).toBe(S2);
    expect(stripStageMarks(`${S1}[鼓掌]`)).toBe(S1);
    expect(stripStageMarks('（全场起立，热烈鼓掌）')).toBe('');
    expect(stripStageMarks('有的同志问我（笑）：年轻干部最要紧的是什么？')).toBe(
      '有的同志问我：年轻干部最要紧的是什么？',
    );
    const d = await doc(
      `在全县乡村振兴工作会议上的讲话\n县委书记　周立新\n（2025年2月18日）\n同志们：\n${S1}（掌声）\n${S2}\n（长时间热烈掌声）\n`,
    );
    expect(bodyOf(d)).toEqual(['同志们：', S1, S2]);
    // (A mark at the end once stood where a source note is read.)
    expect(d.source).toBeNull();
    // Words that only name applause stay (guard).
    expect(stripStageMarks('会场响起热烈的掌声。')).toBe('会场响起热烈的掌声。');
  });
});

describe('o19 PDF form cells', () => {
  it('sets a text cell’s label apart and joins the cell’s printed lines into its paragraphs', () => {
    const rows = mergeCellLines([
      line('会议内容\t一、支部书记周红传达了县委农村工作会议精神，强调要把抓好', 90, 500, 600, { cellX: 160 }),
      line('春耕生产作为当前农村工作的头等大事来抓，确保不误农时。', 160, 480, 585),
      line('二、会议讨论了本村高标准农田建设项目的选址和施工安排，与', 160, 501, 570),
      line('会委员一致同意将项目安排在村东片区。', 160, 360, 555),
    ]);
    expect(rows.map((r) => r.text.trim())).toEqual([
      '会议内容',
      '一、支部书记周红传达了县委农村工作会议精神，强调要把抓好春耕生产作为当前农村工作的头等大事来抓，确保不误农时。',
      '二、会议讨论了本村高标准农田建设项目的选址和施工安排，与会委员一致同意将项目安排在村东片区。',
    ]);
    // A label spaced wide (`内　　容`, parted by a tab) is a label too.
    const spaced = mergeCellLines([
      line('内\t容\t党小组长李芳领学了党章关于党员义务的内容，大家逐条', 90, 500, 600, { cellX: 160 }),
      line('进行了讨论。', 160, 230, 585),
    ]);
    expect(spaced.map((r) => r.text.trim())).toEqual([
      '内　容',
      '党小组长李芳领学了党章关于党员义务的内容，大家逐条进行了讨论。',
    ]);
    // A data row with no lines under its last cell stays as it is (guard).
    const row = line('出席人员\t周红、李军、吴敏、张海、王强', 90, 400, 600, { cellX: 160 });
    expect(mergeCellLines([row, line('会议内容\t……', 90, 200, 585, { cellX: 160 })])[0]).toBe(row);
  });
});

describe('o19 slide decks and scans', () => {
  it('drops a deck’s closing page and a scanner app’s mark, not a speech’s thanks', () => {
    const { lines } = cleanText(`${S1}\n扫描全能王 创建\n${S2}\n谢谢聆听！\n感谢观看\n谢谢大家！\n`);
    expect(lines.filter(Boolean)).toEqual([S1, S2, '谢谢大家！']);
  });

  it('keeps a cover’s month out of the centred line above it, and out of the title', () => {
    const out = paragraphs([
      line('主讲人：县委党校副校长 李明', 250, 470, 300, { size: 18 }),
      line('2025年3月', 315, 405, 276, { size: 18 }),
    ]);
    expect(out).toEqual(['主讲人：县委党校副校长 李明', '2025年3月']);
    const lines = ['主讲人：县委党校副校长 李明', '2025年3月', '目 录', '一、全会的重大意义'];
    expect(fieldsFirst(lines)).toEqual(lines);
  });
});

describe('o19 kinds of own reviews', () => {
  it('types a 对照检查材料 and a 检视剖析材料 as documents (the o19 rule), still without a speaker', async () => {
    const body = '一、存在的主要问题\n在推动财政资金直达基层方面还有差距，个别项目资金拨付进度偏慢。\n';
    for (const title of ['县财政局领导班子2024年度民主生活会对照检查材料', '主题教育专题民主生活会个人检视剖析材料']) {
      const d = await doc(`${title}\n县发展和改革局局长　郑伟\n${body}2025年2月14日\n`);
      expect(d.type).toBe('文件');
      expect(d.speakers).toEqual([]);
    }
  });
});

describe('o19 简报 issues', () => {
  it('gives each item under one masthead as its own document, dated and published as the issue', async () => {
    const res = await importBytes(
      'a.txt',
      Buffer.from(
        '工作简报\n第6期\n中共南岭县委办公室　　　　2025年4月10日\n县委召开常委会议研究部署春耕生产\n4月8日，县委召开常委会议，研究部署春耕生产工作。\n会议强调，各级各部门要压紧压实粮食安全责任，确保春播面积不少于四十二万亩。\n' +
          '青石镇推行“村民说事”制度\n今年以来，青石镇在全镇十四个村推行“村民说事”制度，累计解决群众急难愁盼问题六十三件。\n',
        'utf8',
      ),
    );
    expect(res.documents.map((d) => [d.title, d.date, d.source])).toEqual([
      ['县委召开常委会议研究部署春耕生产', '2025-04-10', '中共南岭县委办公室'],
      ['青石镇推行“村民说事”制度', '2025-04-10', '中共南岭县委办公室'],
    ]);
  });

  it('reads a text set in two columns under a masthead line of tab-parted cells', () => {
    const out = paragraphs([
      line('中共南岭县委组织部\t2025年3月31日', 160, 441, 652, { size: 11 }),
      line('会议指出，过去一年，全县各级党组织坚持大', 79.5, 289.5, 605),
      line('抓基层的鲜明导向，基层党组织的政治功能进', 79.5, 289.5, 590),
      line('一步增强。', 79.5, 132, 575),
    ]);
    expect(out.at(-1)).toBe(
      '会议指出，过去一年，全县各级党组织坚持大抓基层的鲜明导向，基层党组织的政治功能进一步增强。',
    );
  });
});

describe('o19 text boxes in PDFs', () => {
  it('keeps a title set in a text box, drawn after the page’s footnotes, and puts it back at the head', () => {
    const removed: { reason: string; text: string }[] = [];
    const [page] = dropFootnotes(
      [
        [
          line('中共南岭县委党校 王海', 200, 320, 700),
          line('理论上的清醒是政治上坚定的前提。', 80, 300, 680, { marks: ['1'] }),
          line('1习近平：《在庆祝中国共产党成立100周年大会上的讲话》。', 80, 400, 120, { size: 9 }),
          line('学思用贯通 知信行统一', 150, 400, 740, { size: 22 }),
        ],
      ],
      10.5,
      removed,
    );
    expect(page!.map((l) => l.text)).toEqual([
      '学思用贯通 知信行统一',
      '中共南岭县委党校 王海',
      '理论上的清醒是政治上坚定的前提。',
    ]);
    expect(removed.map((r) => r.text)).toEqual(['1习近平：《在庆祝中国共产党成立100周年大会上的讲话》。']);
  });
});

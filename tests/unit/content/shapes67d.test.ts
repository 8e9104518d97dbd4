// Round sites67d: Word, WPS and PDF files. A file WPS or Word locked with a password is refused with a message
// that says so; a PDF whose text layer gives the page's foot first loses it; a quoted slogan's gap stays in a
// 方案's title; a 讲话稿 form names its speaker in a cell; a 会议记录 form's 会议时间 may stand mid-row; a speech's day
// only in its header or footer counts when beside the piece's name, never alone (a DATE field) or as a 印发 day;
// a 讲话稿 titled in a cell beside its kind, and a form's 日期 cell after another label and value.
import { describe, expect, it } from 'vitest';
import { dropRunning } from '../../../electron/core/content/formats/pdf-furniture.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { cleanTitle } from '../../../electron/core/content/title-join.js';
import { lockedOffice } from '../../fixtures/import/gen/sites67d-kit.js';
import { body, centre, field, heading, p, para, right, table, wordFile } from '../../fixtures/import/gen/word-xml.js';
import { word97 } from '../../fixtures/import/gen/word97.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
];
const one = async (name: string, bytes: Uint8Array | Buffer) => {
  const res = await importBytes(name, Buffer.from(bytes));
  expect(res.documents).toHaveLength(1);
  return res.documents[0]!;
};
const speech = (header?: string, footer?: string) =>
  wordFile({
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {}),
    body: para('在全县三级干部大会上的讲话', heading) + para('同志们：') + body(A),
  });

describe('a password-locked Word file', () => {
  it('is refused with a message naming the password, not as a spreadsheet', async () => {
    const res = await importBytes('a.docx', lockedOffice());
    expect(res.documents).toHaveLength(0);
    expect(res.errors.join('')).toMatch(/密码/);
    expect(res.errors.join('')).not.toMatch(/Excel/);
  });
});

describe('a PDF page whose text layer starts with its foot', () => {
  const line = (text: string, y: number): PdfLine => ({ text, x: 100, xEnd: 400, y, size: 16, page: 0 });
  const body3 = [line('关于做好春季农业生产工作的通知', 720), line(A[0]!, 660), line(A[1]!, 620)];
  it('drops the foot written first, even on a one-page file', () => {
    const removed: { reason: string; text: string }[] = [];
    const [kept] = dropRunning([[line('青岚市农业农村局', 60), ...body3]], [842], removed);
    expect(kept!.map((l) => l.text)).toEqual(body3.map((l) => l.text));
    expect(removed).toEqual([{ reason: '页脚', text: '青岚市农业农村局' }]);
  });
  it('keeps a last line low on the page when the text runs down to it', () => {
    const [kept] = dropRunning([[...body3, line('青岚市农业农村局', 60)]], [842], []);
    expect(kept).toHaveLength(4);
  });
});

describe('a 方案 titled over a quoted slogan', () => {
  it('keeps the gap between the slogan’s two phrases, and loses a PDF’s gap elsewhere', () => {
    expect(cleanTitle('“学党章 守党规”主题党日活动方案')).toBe('“学党章 守党规”主题党日活动方案');
    expect(cleanTitle('关于做好 春季防火工作的通知')).toBe('关于做好春季防火工作的通知');
    expect(cleanTitle('“学党章 守党规和纪律”主题党日活动方案')).toBe('“学党章守党规和纪律”主题党日活动方案');
  });
});

describe('Word forms', () => {
  it('a 讲话稿 form names its speaker in the cell beside 讲话人', async () => {
    const d = await one(
      'a.docx',
      wordFile({
        body:
          table([
            ['题目', '在全县乡村振兴重点工作推进会上的讲话'],
            ['讲话人', '县委书记　周明远'],
            ['时间', '2025年3月5日'],
          ]) + body(A),
      }),
    );
    expect(d.speakers).toEqual([{ name: '周明远', role: '县委书记' }]);
    expect(d.date).toBe('2025-03-05');
  });
  it('a 讲话稿 titled in a one-row table beside its kind takes the other cell as its title', async () => {
    const row = (kind: string) =>
      wordFile({ body: table([[kind, '在全县招商引资工作推进会上的讲话']]) + para('同志们：') + body(A) });
    expect((await one('a.docx', row('讲话稿'))).title).toBe('在全县招商引资工作推进会上的讲话');
    expect((await one('b.docx', row('说明'))).title).not.toBe('在全县招商引资工作推进会上的讲话');
  });
  it('a form’s 日期 cell dates the text under it, also after another label and value; a 时间 cell of a 通知 does not', async () => {
    const form = (title: string, rows: string[][]) => wordFile({ body: para(title, heading) + table(rows) + body(A) });
    const xinde = [
      ['姓名', '王丽华', '单位', '枫林镇人民政府'],
      ['职务', '党政办主任', '日期', '2025年5月16日'],
    ];
    expect((await one('a.docx', form('学习心得', xinde))).date).toBe('2025-05-16');
    const notice = [['会议名称', '全县党建工作推进会', '时间', '2025年5月26日']];
    expect((await one('b.docx', form('关于召开全县党建工作推进会的通知', notice))).date).not.toBe('2025-05-26');
  });
  it('a 会议记录 form dates the record by its 会议时间 in the row’s second pair of cells', async () => {
    const form = (rows: string[][]) =>
      wordFile({ body: para('机关第一党支部会议记录', heading) + table(rows) + body(A) });
    const d = await one('b.docx', form([['会议名称', '党员大会', '会议时间', '2025年6月26日下午3:00']]));
    expect(d.date).toBe('2025-06-26');
    // (Not any day in the row: a 报送时间 is no 会议时间.)
    const e = await one('c.docx', form([['会议名称', '党员大会', '报送时间', '2025年6月28日']]));
    expect(e.date).not.toBe('2025-06-28');
  });
});

describe('a day only in the page header or footer', () => {
  it('dates a speech when it stands beside the piece’s name, in the header or the footer', async () => {
    expect((await one('a.docx', speech(para('全县三级干部大会讲话材料　2025年2月18日', centre)))).date).toBe(
      '2025-02-18',
    );
    expect((await one('b.docx', speech(undefined, para('三级干部大会讲话稿　2025年2月18日', centre)))).date).toBe(
      '2025-02-18',
    );
    const doc = word97({ header: '三级干部大会讲话稿　2025年2月18日', paras: ['在全县三级干部大会上的讲话', ...A] });
    expect((await one('c.doc', doc)).date).toBe('2025-02-18');
  });
  it('never alone (a DATE field), beside a unit’s name or as a 印发 day', async () => {
    const alone = p(field('DATE \\@ "yyyy年M月d日"', '2025年3月14日'), right);
    expect((await one('a.docx', speech(alone))).date).toBeNull();
    expect((await one('b.docx', speech(para('中共溪桥县委办公室　2025年3月14日', right)))).date).toBeNull();
    expect((await one('c.docx', speech(undefined, para('溪桥县委办公室　2025年3月14日印发')))).date).toBeNull();
  });
});

describe('a 主题党日 方案', () => {
  it('is not dated by its 活动时间, a day still to come; its 落款 dates it', async () => {
    const plan = (sign: string[]) =>
      wordFile({
        body:
          para('“七一”主题党日活动方案', heading) +
          para('活动时间：2025年7月1日（星期二）上午') +
          body(A) +
          sign.map((t) => para(t, right)).join(''),
      });
    expect((await one('a.docx', plan(['机关第二党支部']))).date).toBeNull();
    expect((await one('b.docx', plan(['机关第二党支部', '2025年6月20日']))).date).toBe('2025-06-20');
  });
});

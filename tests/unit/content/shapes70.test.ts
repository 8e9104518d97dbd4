// Rounds sites70 and sites70d. A wire's 电头 dates its story over a repost's later day (in the page's year, the
// year before for a December wire on a January page; no year, no date) and names its agency over the account
// that reposted it; a 转发 通知 is dated by its own 落款, not the forwarded one's; a 领导讲话 page's 讲话人 cell is
// its speaker; a 党课课件 (.pptx) is read slide by slide in the show's order; a 汇编 of articles under a cover is
// split at each headline over its 来源 and day or byline and day; a 期刊's cover page dates a piece with its 出版 day.
import { describe, expect, it } from 'vitest';
import { issueCover } from '../../../electron/core/content/issue-day.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { importOne, SPEECH_TEXT } from './helpers.js';
import { pptxFile } from '../../fixtures/import/gen/pptx-file.js';
import { pageBreak } from '../../fixtures/import/gen/sites69-kit.js';
import { body, centre, heading, para, right, wordFile } from '../../fixtures/import/gen/word-xml.js';

const A = SPEECH_TEXT;
const ps = (xs: string[]) => xs.map((t) => `<p>${t}</p>`).join('');
const page = (title: string, info: string, inner: string) =>
  `<html><head><meta charset="utf-8"><title>${title}_青岚市人民政府</title></head><body><h1>${title}</h1><div class="info">${info}</div><div class="zoom">${inner}</div></body></html>`;
const html = (s: string) => Buffer.from(s);

describe('a wire under its 电头', () => {
  it.each([
    ['发布时间：2024-11-22 09:15　来源：新华社', '新华社北京11月20日电（记者 赵刚）', '2024-11-20'],
    ['发布日期：2025-01-02　来源：新华社', '新华社北京12月31日电　', '2024-12-31'],
    // The day after is the day a paper or an account carries the wire; two months on is no repost of it.
    ['发布时间：2024-11-21　来源：新华社', '新华社北京11月20日电　', '2024-11-21'],
    ['发布时间：2024-11-22　来源：新华社', '新华社北京9月2日电　', '2024-11-22'],
    ['浏览次数：89', '新华社北京11月20日电（记者 孙伟）', null],
  ])('on a page of %s, %s dates it %s', async (info, head, day) => {
    const d = await importOne('a.html', html(page('全国秋冬季农业生产工作会议召开', info, ps([head + A[0]!, A[1]!]))));
    expect(d.date).toBe(day);
    expect(d.source).toBe('新华社');
  });
  it('names the agency, not the 公众号 that reposted it', async () => {
    const wx = `<html><head><meta charset="utf-8"><title>报告全文发布</title></head><body><h1 id="activity-name">报告全文发布</h1><a id="js_name">梧岗发布</a><em id="publish_time">2025-03-08 08:00</em><div id="js_content">${ps(['新华社北京3月5日电　' + A[0]!, A[1]!])}</div></body></html>`;
    const d = await importOne('a.html', html(wx));
    expect([d.source, d.date]).toEqual(['新华社', '2025-03-05']);
  });
});

describe('a 转发 通知', () => {
  const notice = (title: string) =>
    page(
      title,
      '来源：青岚市人民政府办公室',
      ps([
        '各县（市、区）人民政府：',
        '市发展改革委《关于促进民营经济发展若干措施的通知》已经市政府同意，现转发给你们，请认真贯彻执行。',
      ]) +
        '<p style="text-align:right">青岚市人民政府办公室</p><p style="text-align:right">2024年6月3日</p>' +
        '<p>关于促进民营经济发展若干措施的通知</p>' +
        ps(A) +
        '<p style="text-align:right">青岚市发展和改革委员会</p><p style="text-align:right">2024年5月20日</p>',
    );
  it('is dated by its own 落款, not the forwarded one at the end', async () => {
    const d = await importOne(
      'a.html',
      html(notice('青岚市人民政府办公室关于转发市发展改革委关于促进民营经济发展若干措施的通知的通知')),
    );
    expect(d.date).toBe('2024-06-03');
  });
  it('leaves a notice that forwards nothing dated by its last 落款', async () => {
    const d = await importOne('a.html', html(notice('青岚市人民政府办公室关于促进民营经济发展若干措施的通知')));
    expect(d.date).toBe('2024-05-20');
  });
});

describe('a 领导讲话 page with an info table', () => {
  const speech = (rows: string) =>
    page('在全市经济工作会议上的讲话', '', `<table><tbody>${rows}</tbody></table><p>同志们：</p>${ps(A)}`);
  it.each([
    [
      '<tr><th>讲话人</th><td>市委书记　李志强</td></tr><tr><th>讲话时间</th><td>2024年1月20日</td></tr>',
      { name: '李志强', role: '市委书记' },
    ],
    [
      '<tr><th>讲话人</th><td>张明</td><th>职务</th><td>市长</td></tr><tr><th>发布日期</th><td>2023-02-08</td><th>来源</th><td>梧岗市人民政府办公室</td></tr>',
      { name: '张明', role: '市长' },
    ],
    [
      '<tr><th>讲话人</th><td>王建国</td></tr><tr><th>讲话日期</th><td>2022年5月16日</td></tr>',
      { name: '王建国', role: null },
    ],
  ])('credits its 讲话人 cell (%#)', async (rows, who) => {
    expect((await importOne('a.html', html(speech(rows)))).speakers).toEqual([who]);
  });
});

describe('a 党课课件 (.pptx)', () => {
  const deck = (moved: boolean) =>
    pptxFile([
      { ctrTitle: '深入学习贯彻党的二十大精神', subTitle: ['主讲人：县委书记　周明远', '2024年6月28日'] },
      { title: '一、深刻领会主题', body: [A[0]!], num: 2, footer: '溪桥县委党校', ...(moved ? { part: 3 } : {}) },
      { title: '二、抓好贯彻落实', body: [A[1]!], num: 3, footer: '溪桥县委党校', ...(moved ? { part: 2 } : {}) },
    ]);
  it.each([false, true])(
    'is read in the show order, titled, dated and credited by its title slide (moved: %s)',
    async (moved) => {
      const d = await importOne('课件.pptx', deck(moved));
      expect([d.title, d.date, d.speakers]).toEqual([
        '深入学习贯彻党的二十大精神',
        '2024-06-28',
        [{ name: '周明远', role: '县委书记' }],
      ]);
      const text = d.paragraphs.map((p) => p.text).join('\n');
      expect(text.indexOf(A[0]!)).toBeLessThan(text.indexOf(A[1]!));
      expect(text).not.toMatch(/溪桥县委党校/);
    },
  );
  it('refuses an old .ppt and a broken .pptx with a message that says what to do', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect((await importBytes('a.ppt', ole)).errors.join('')).toMatch(/另存为 \.pptx/);
    const broken = Buffer.from(deck(false)).subarray(0, 200);
    expect((await importBytes('a.pptx', broken)).errors.join('')).toMatch(/PowerPoint.*另存为/);
  });
});

describe('a 汇编 of articles under its cover, no 目录', () => {
  const B = [
    '各级党组织要把学习贯彻工作摆上重要议事日程，精心组织安排，确保各项任务落到实处，取得实实在在的成效。',
    '要加强督促检查，及时总结推广好经验好做法，推动活动扎实深入开展，对工作不力的要通报批评。',
  ];
  it('splits at each headline over its 来源 and day', async () => {
    const file = wordFile({
      body:
        para('理论学习资料汇编', heading) +
        para('中共溪桥县委宣传部编印', centre) +
        pageBreak +
        para('以钉钉子精神抓好落实', heading) +
        para('来源：青岚日报　2024年3月8日', centre) +
        body(A) +
        para('把调查研究作为基本功', heading) +
        para('来源：学习时报　2024年4月15日', centre) +
        body(B),
    });
    const docs = (await importBytes('a.docx', Buffer.from(file))).documents;
    expect(docs.map((d) => [d.title, d.date, d.source])).toEqual([
      ['以钉钉子精神抓好落实', '2024-03-08', '青岚日报'],
      ['把调查研究作为基本功', '2024-04-15', '学习时报'],
    ]);
  });
  it('keeps a file with no cover one document', async () => {
    const file = wordFile({
      body:
        para('以钉钉子精神抓好落实', heading) +
        para('来源：青岚日报　2024年3月8日', centre) +
        body(A) +
        para('把调查研究作为基本功', right) +
        para('来源：学习时报　2024年4月15日', centre) +
        body(B),
    });
    expect((await importBytes('a.docx', Buffer.from(file))).documents).toHaveLength(1);
  });
});

describe("a 期刊's cover page", () => {
  it('gives the issue and its 出版 day as a stamp', () => {
    expect(
      issueCover([
        '2024年第6期（总第126期）',
        '中共青岚市委组织部主办',
        '2024年6月15日出版',
        '以高质量党建引领基层治理',
      ]),
    ).toEqual({
      lines: ['2024年第6期（总第126期）', '中共青岚市委组织部主办', '2024年6月15日出版'],
      stamp: '2024年第6期（总第126期）　2024年6月15日出版',
    });
    expect(issueCover(['第9期', '主管：中共溪桥县委', '出版日期：2023年9月10日'])?.stamp).toBe(
      '第9期　出版日期：2023年9月10日',
    );
  });
  it('is no cover without its issue number or with a sentence', () => {
    expect(issueCover(['中共青岚市委组织部主办', '2024年6月15日出版'])).toBeNull();
    expect(issueCover(['第6期', '本刊坚持正确导向，服务基层党建。', '2024年6月15日出版'])).toBeNull();
  });
});

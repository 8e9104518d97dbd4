// Rounds sites71 and sites71d. 中新网 `…电` and 央广网 `…消息` heads date a repost as 新华社's 电头 does; a 政策解读's
// `解读机关` cell is its source and its <h1> its title when the CMS's <title> names the 文件; a .pptx's tables and
// speaker notes are text; a 期刊 typed in Word drops its cover (dated by its 出版 day); a 讲话稿's 会议材料 header
// dates it; a 会议记录's 会议时间 cell with its weekday dates it.
import { describe, expect, it } from 'vitest';
import { issueCover } from '../../../electron/core/content/issue-day.js';
import { importOne, SPEECH_TEXT } from './helpers.js';
import { pptxFile } from '../../fixtures/import/gen/pptx-file.js';
import { pageBreak } from '../../fixtures/import/gen/sites69-kit.js';
import { body, centre, heading, p, para, r, table, wordFile } from '../../fixtures/import/gen/word-xml.js';

const A = [...SPEECH_TEXT, '要加强督促检查，及时总结推广好经验好做法，推动各项工作扎实深入开展。'];
const ps = (xs: string[]) => xs.map((t) => `<p>${t}</p>`).join('');
const page = (o: { tag: string; h1: string; info: string; inner: string }) =>
  Buffer.from(
    `<html><head><meta charset="utf-8"><title>${o.tag}</title></head><body><h1>${o.h1}</h1><div class="info">${o.info}</div><div class="zoom">${o.inner}</div></body></html>`,
  );

describe('a 中新网 or 央广网 wire reposted days later', () => {
  it.each([
    ['中新网北京12月3日电 (记者 陈静)', '来源：中国新闻网', '2024-12-03', '中国新闻网'],
    ['央广网北京12月3日消息（记者 刘洋）', '来源：央广网', '2024-12-03', '央广网'],
    // The day after is the day a site carries a wire: the page's day stands.
    ['央广网北京12月5日消息　', '来源：央广网', '2024-12-06', '央广网'],
    // No 来源 printed: the head's outlet as printed.
    ['中新网北京12月3日电　', '浏览次数：12', '2024-12-03', '中新网'],
  ])('%s on a page of 2024-12-06 (%s): %s', async (head, info, day, source) => {
    const t = '全国冬季安全生产工作部署会召开';
    const d = await importOne(
      'a.html',
      page({
        tag: `${t}_青岚市人民政府`,
        h1: t,
        info: `发布时间：2024-12-06 10:20　${info}`,
        inner: ps([head + A[0]!, A[1]!]),
      }),
    );
    expect([d.date, d.source]).toEqual([day, source]);
  });
});

describe('a 政策解读 page', () => {
  it('is titled by its <h1> when the <title> names the 文件, and sourced by its 解读机关 cell', async () => {
    const h1 = '一图读懂《梧岗县加快推进农业现代化三年行动方案》';
    const d = await importOne(
      'a.html',
      page({
        tag: '梧岗县人民政府关于印发加快推进农业现代化三年行动方案的通知',
        h1,
        info: '<table><tr><th>解读机关：</th><td>梧岗县农业农村局</td><th>发布日期：</th><td>2025-04-09</td></tr></table>',
        inner: ps(A),
      }),
    );
    expect([d.title, d.source, d.date]).toEqual([h1, '梧岗县农业农村局', '2025-04-09']);
  });
});

describe('a 党课课件 (.pptx) with a table and speaker notes', () => {
  it('reads the rows and the notes after each slide', async () => {
    const deck = pptxFile([
      { ctrTitle: '弘扬伟大建党精神', subTitle: ['主讲人：县委书记　周明远', '2025年6月27日'] },
      {
        title: '一、重点任务',
        table: [
          ['任务', '举措'],
          ['理论学习', A[0]!],
        ],
        notes: [A[1]!],
        num: 2,
        footer: '青岚市委党校',
      },
      { title: '二、工作要求', body: ['压实责任'], notes: [A[2]!], num: 3 },
    ]);
    const d = await importOne('课件.pptx', deck);
    const text = d.paragraphs.map((x) => x.text).join('\n');
    const at = [A[0]!, A[1]!, A[2]!].map((s) => text.indexOf(s.slice(0, 20)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toMatch(/青岚市委党校/);
  });
});

describe('Word files', () => {
  it('a 期刊 typed in Word: the cover is no title, its 出版 day dates the piece', async () => {
    const file = wordFile({
      body:
        para('青岚党建', { jc: 'center', bold: true, size: 72 }) +
        para('2024年第6期（总第126期）', centre) +
        para('中共青岚市委组织部主办', centre) +
        para('2024年6月15日出版', centre) +
        pageBreak +
        para('以高质量党建引领基层治理', heading) +
        body(A),
    });
    const d = await importOne('a.docx', Buffer.from(file));
    expect([d.title, d.date]).toEqual(['以高质量党建引领基层治理', '2024-06-15']);
  });
  it('a cover closed by its editors, no 出版 day: no stamp day, and a 汇编 cover is left to the split', () => {
    expect(issueCover(['梧岗宣传', '2024年第3期', '中共梧岗县委宣传部编', '讲好新时代梧岗故事'])?.lines).toEqual([
      '梧岗宣传',
      '2024年第3期',
      '中共梧岗县委宣传部编',
    ]);
    expect(issueCover(['理论学习资料汇编', '（2024年第2期）', '中共溪桥县委宣传部编印', '标题'])).toBeNull();
  });
  it.each([
    ['全县经济工作会议材料　2024年12月20日', '2024-12-20'],
    ['全市三级干部大会材料之三　2025年2月18日', '2025-02-18'],
    // A day alone in a header proves nothing.
    ['2025年2月18日', null],
  ])('a 讲话稿 under the header %s is dated %s', async (header, day) => {
    const file = wordFile({
      header: p(r(header), centre),
      body: para('在全县经济工作会议上的讲话', heading) + para('县长　李国强', centre) + para('同志们：') + body(A),
    });
    expect((await importOne('a.docx', Buffer.from(file))).date).toBe(day);
  });
  it('a 会议记录 is dated by its 会议时间 cell, weekday and hour aside', async () => {
    const file = wordFile({
      body:
        para('溪桥县教育局党组2023年第6次会议记录', heading) +
        table([
          ['会议时间', '2023年6月15日（星期四）下午3:00'],
          ['记 录 人', '周敏'],
        ]) +
        body(A),
    });
    const d = await importOne('a.docx', Buffer.from(file));
    expect([d.date, d.speakers]).toEqual(['2023-06-15', []]);
  });
});

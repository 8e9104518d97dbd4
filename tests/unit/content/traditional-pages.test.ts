// Traditional-script pages (Hong Kong, Macau, Taiwan) and speech pages: 民國 dates, day-first
// slash dates read only when the order is certain, traditional date labels, and a speaker's
// role written in traditional characters or as a Hong Kong office. Each `fixed` case failed on
// the code before these rules; the `guard` cases held before and must keep holding.
import { describe, expect, it } from 'vitest';
import { findDate, findLabelledDate, parseDateValue } from '../../../electron/core/content/dates.js';
import { cleanSource } from '../../../electron/core/content/formats/html-source.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { bylineOf } from '../../../electron/core/content/header.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const trad =
  '<p>本部今日召開記者會，說明明年度推動數位轉型的重點工作與經費規劃，並回應各界關切的問題。</p>' +
  '<p>部長表示，將優先協助偏鄉學校充實網路設備，並擴大教師數位教學培訓，確保資源公平分配。</p>' +
  '<p>相關計畫預計分三年執行，各縣市政府可依實際需要提出申請，本部將組成審查小組進行審核。</p>';

async function imported(title: string, header: string, body = trad, head = '') {
  const html =
    `<html lang="zh-HK"><head><title>${title}</title>${head}</head><body><h1>${title}</h1>` +
    `<div class="info">${header}</div><div class="content">${body}</div></body></html>`;
  return (await importBytes('p.html', Buffer.from(html))).documents[0]!;
}

describe('民國 dates', () => {
  it('fixed: reads a date with the era named anywhere', () => {
    expect(findDate('中華民國112年6月5日公告')).toBe('2023-06-05');
    expect(findDate('民國89年1月1日')).toBe('2000-01-01');
  });

  it('fixed: reads a bare three-digit 民國 year after a date label', () => {
    expect(findLabelledDate('發布日期：112年6月5日')).toBe('2023-06-05');
    expect(findLabelledDate('發布日期：112-06-05')).toBe('2023-06-05');
    expect(findLabelledDate('時間：108/11/20 下午 03:20')).toBe('2019-11-20');
  });

  it('guard: a two-digit year after a label is not taken for a 民國 year', () => {
    expect(findLabelledDate('发布时间：23-06-05')).toBeNull();
  });

  it('guard: a Gregorian date written first wins over a 民國 one after it', () => {
    expect(findDate('2023年6月5日（民國112年6月5日）')).toBe('2023-06-05');
  });

  it('fixed: a Taiwan page with 發布日期：民國112年6月5日 gets its date', async () => {
    const doc = await imported('推動校園數位轉型', '發布日期：民國112年6月5日　資料來源：某某司');
    expect(doc.date).toBe('2023-06-05');
  });
});

describe('day-first and month-first slash dates', () => {
  it('fixed: a day past 12 makes the order certain', () => {
    expect(findLabelledDate('發布日期：25/06/2023')).toBe('2023-06-25');
    expect(findLabelledDate('日期：06/25/2023')).toBe('2023-06-25');
  });

  it('fixed: 05/06/2023 in a meta value is not guessed', () => {
    expect(parseDateValue('05/06/2023')).toBeNull();
    expect(parseDateValue('08-04-2022')).toBeNull();
  });

  it('guard: ambiguous after a label stays empty', () => {
    expect(findLabelledDate('發布日期：05/06/2023')).toBeNull();
  });

  it('guard: en-US toLocaleString (腾讯 apub:time) is month-first', () => {
    expect(parseDateValue('6/5/2023, 8:12:40 PM')).toBe('2023-06-05');
  });

  it('fixed: a page whose only date is an ambiguous day-first meta value has no date', async () => {
    const doc = await imported(
      '當局加強基層醫療服務',
      '<span>08/04/2022</span>',
      trad,
      '<meta name="publishdate" content="08/04/2022">',
    );
    expect(doc.date).toBeNull();
  });
});

describe('traditional date labels', () => {
  it('fixed: 發佈日期 and 發表時間 are date labels', () => {
    expect(findLabelledDate('發佈日期：2023年6月5日')).toBe('2023-06-05');
    expect(findLabelledDate('發表時間：2023-06-05 10:00')).toBe('2023-06-05');
  });

  it('guard: 成文日期 stays no publication label', () => {
    expect(findLabelledDate('成文日期：2023-06-05')).toBeNull();
  });
});

describe('speakers with roles in traditional characters', () => {
  it('fixed: a traditional role line under the title is a byline', () => {
    expect(bylineOf('省委書記　王建國')).toEqual({ name: '王建國', role: '省委書記' });
    expect(bylineOf('（市委書記　張國平）')).toEqual({ name: '張國平', role: '市委書記' });
  });

  it('fixed: Hong Kong offices are roles', () => {
    expect(bylineOf('行政長官　李家明')).toEqual({ name: '李家明', role: '行政長官' });
    expect(bylineOf('政务司司长　陈志伟')).toEqual({ name: '陈志伟', role: '政务司司长' });
  });

  it('guard: the simplified byline reads as before', () => {
    expect(bylineOf('县委书记　王建国')).toEqual({ name: '王建国', role: '县委书记' });
    expect(bylineOf('各位嘉賓　各位朋友')).toBeNull();
  });

  it('fixed: a traditional speech keeps the role, and the speech day wins over 發佈時間', async () => {
    const doc = await imported(
      '王建國：在全省經濟工作會議上的講話',
      '來源：某某日報　發佈時間：2023-06-08 10:00',
      '<p style="text-align:center">省委書記　王建國</p><p style="text-align:center">（2023年6月5日）</p>' + trad,
    );
    expect(doc.speakers).toEqual([{ name: '王建國', role: '省委書記' }]);
    expect(doc.date).toBe('2023-06-05');
    expect(doc.paragraphs.map((p) => p.text).join('\n')).not.toContain('省委書記');
  });

  it('fixed: a Hong Kong 致辭 names the 行政長官 and drops the role line from the body', async () => {
    const doc = await imported(
      '在全港青年論壇上的致辭',
      '發佈時間：2023年6月9日　來源：新聞處',
      '<p style="text-align:center">行政長官　李家明</p><p style="text-align:center">（2023年6月5日）</p><p>各位嘉賓、各位朋友：</p>' +
        trad,
    );
    expect(doc.speakers).toEqual([{ name: '李家明', role: '行政長官' }]);
    expect(doc.date).toBe('2023-06-05');
    expect(doc.paragraphs.map((p) => p.text).join('\n')).not.toContain('行政長官');
  });

  const speech =
    '<p style="text-align:center">（2023年6月5日）</p><p>同志们：</p>' +
    '<p>过去一年，全市上下团结一心，经济运行总体平稳，民生保障持续改善，各项事业取得新进展。</p>'.repeat(3);

  it('fixed: `市长某某：在……上的讲话` names the speaker with the role', async () => {
    const doc = await imported(
      '市长韩晓梅：在全市防汛工作会议上的讲话',
      '发布时间：2023-06-09　来源：市政府办公室',
      speech,
    );
    expect(doc.speakers).toEqual([{ name: '韩晓梅', role: '市长' }]);
    expect(doc.date).toBe('2023-06-05');
  });

  it('fixed: `在……上的讲话（某某）` names the speaker in the brackets', async () => {
    const doc = await imported('在全市防汛工作会议上的讲话（冯建军）', '发布时间：2023-06-09', speech);
    expect(doc.speakers).toEqual([{ name: '冯建军', role: null }]);
  });

  it('guard: `（摘要）` after the title is no speaker', async () => {
    const doc = await imported('在全市防汛工作会议上的讲话（摘要）', '发布时间：2023-06-09', speech);
    expect(doc.speakers).toEqual([]);
  });
});

describe('traditional-script page chrome', () => {
  it('fixed: editor, counter, font and print lines in traditional characters are chrome', () => {
    for (const line of [
      '（責任編輯：陳某某）',
      '瀏覽次數：836',
      '【字體：大 中 小】',
      '【打印本頁】【關閉窗口】',
      '審核：何某某',
    ])
      expect(chromeReason(line), line).not.toBeNull();
  });

  it('guard: a traditional sentence that mentions 編輯 is text', () => {
    expect(chromeReason('本部編輯出版的教材，已於上月起陸續送達各縣市學校。')).toBeNull();
  });

  it('fixed: `來源：本網` leaves the site name as the source', () => {
    expect(cleanSource('本網')).toBeNull();
    expect(cleanSource('網絡')).toBeNull();
    expect(cleanSource('某某通訊社')).toBe('某某通訊社');
  });
});

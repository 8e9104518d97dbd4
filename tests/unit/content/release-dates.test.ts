// A press release's closing date line (`2023年6月5日（星期一）`, as Hong Kong government releases
// end) leaves the body, and a date written with a weekday is certain only when the two agree.
// Each `fixed` case failed on the code before these rules; the `guard` cases held before.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../electron/core/content/dates.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const body =
  '政府今日公布新一輪支援措施，協助本地企業應對經營環境的轉變，措施即日起接受申請。<br><br>' +
  '政府發言人表示，有關部門會與業界保持緊密溝通，因應情況適時檢討各項措施的成效。<br><br>' +
  '發言人補充，市民如有查詢，可致電有關熱線，或瀏覽相關部門網頁了解詳情及申請安排。<br><br>';

async function release(tail: string) {
  const html =
    `<html lang="zh-HK"><head><meta charset="utf-8"><title>政府公布支援措施</title></head><body>` +
    `<h1>政府公布支援措施</h1><div id="pressrelease">${body}${tail}</div></body></html>`;
  const d = (await importBytes('r.html', Buffer.from(html))).documents[0]!;
  return { date: d.date, text: d.paragraphs.map((p) => p.text).join('\n') };
}

describe('a release closing date with its weekday', () => {
  it('fixed: the closing date line leaves the body and still dates the release', async () => {
    const r = await release('完<br><br>2023年6月5日（星期一）<br>香港時間16時30分');
    expect(r.text).not.toContain('星期一');
    expect(r.text).toContain('瀏覽相關部門網頁');
    expect(r.date).toBe('2023-06-05');
  });

  it('guard: a dated weekday line inside the text stays', async () => {
    const r = await release('2023年6月5日（星期一）<br><br>當日下午，發言人再次會見傳媒，介紹措施的詳細安排。');
    expect(r.text).toContain('2023年6月5日（星期一）');
  });
});

describe('a date with a weekday', () => {
  it('fixed: a weekday that disagrees with the date leaves it uncertain', () => {
    expect(findDate('2023年6月5日（星期三）')).toBeNull();
    expect(findDate('二〇二三年六月五日 星期五')).toBeNull();
  });

  it('fixed: a release whose closing weekday disagrees gets no date', async () => {
    const r = await release('完<br><br>2023年6月5日（星期三）<br>香港時間16時30分');
    expect(r.date).toBeNull();
  });

  it('guard: an agreeing weekday, Sunday included, keeps the date', () => {
    expect(findDate('2023年6月5日（星期一）')).toBe('2023-06-05');
    expect(findDate('2023年6月4日（星期日）')).toBe('2023-06-04');
    expect(findDate('2023年6月4日 周天')).toBe('2023-06-04');
    expect(findDate('二〇二三年六月五日（星期一）')).toBe('2023-06-05');
    expect(findDate('2023年6月5日发布')).toBe('2023-06-05');
  });
});

describe('a release pasted as text', () => {
  const text = (tail: string[]) =>
    [
      '政府公布支援措施',
      '政府今日公布新一輪支援措施，協助本地企業應對經營環境的轉變，措施即日起接受申請。',
      '政府發言人表示，有關部門會與業界保持緊密溝通，因應情況適時檢討各項措施的成效。',
      ...tail,
    ].join('\n');
  const pasted = async (tail: string[]) => {
    const d = (await importBytes('r.txt', Buffer.from(text(tail)))).documents[0]!;
    return { date: d.date, paras: d.paragraphs.map((p) => p.text) };
  };

  it('fixed: the 完 mark, the closing date and the time leave the text; the date dates it', async () => {
    const r = await pasted(['完', '2023年6月5日（星期一）', '香港時間16時30分']);
    expect(r.paras.join('\n')).not.toMatch(/^完$|星期一|香港時間/m);
    expect(r.date).toBe('2023-06-05');
  });

  it('guard: a closing weekday that disagrees gives no date', async () => {
    expect((await pasted(['完', '2023年6月5日（星期三）', '香港時間16時30分'])).date).toBeNull();
  });

  it('guard: a 落款 date without a weekday stays', async () => {
    const r = await pasted(['某某区人民政府', '2023年6月5日']);
    expect(r.paras).toContain('2023年6月5日');
  });
});

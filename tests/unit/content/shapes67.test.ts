// Round sites67: a <title> written `站名 - 栏目 - 标题` gives the headline, not the whole line (and a forward
// `标题_栏目_站名` is read as before); a mobile page's outlet beside a relative day (`昨天 18:32`, `2小时前`) is the
// source while the day is left empty; 央视网's `（编辑 王某）` under the text is a credit, not text.
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../electron/core/content/formats/html-title-split.js';
import { outletLine } from '../../../electron/core/content/header-outlet.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
];
const page = (title: string, inner: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${inner}</body></html>`;
const one = async (html: string) => {
  const res = await importBytes('a.html', Buffer.from(html));
  expect(res.documents).toHaveLength(1);
  return res.documents[0]!;
};

describe('a reversed <title>', () => {
  it('gives the headline after the site and its column', () => {
    expect(splitTitle('青岚省人民政府 - 政务动态 - 青岚：一季度经济运行稳中向好')).toEqual({
      head: '青岚：一季度经济运行稳中向好',
      site: '青岚省人民政府',
    });
    expect(splitTitle('溪桥县人民政府|政务要闻|溪桥县部署春季森林防火工作').head).toBe('溪桥县部署春季森林防火工作');
    expect(splitTitle('梧岗市人民政府 - 梧岗：一季度工业生产稳步回升').head).toBe('梧岗：一季度工业生产稳步回升');
  });

  it('leaves a forward title and a headline that only starts with an organ as before', () => {
    expect(splitTitle('县政府召开常务会议_政务要闻_青岚省溪桥县人民政府门户网站').head).toBe('县政府召开常务会议');
    expect(splitTitle('青岚：春耕备耕忙 田间春意浓-新华网').head).toBe('青岚：春耕备耕忙 田间春意浓');
    // Two parts, the second no longer than a site's name: a headline over its site.
    expect(splitTitle('建设数字政府 - 溪桥县政务公开').head).toBe('建设数字政府 - 溪桥县政务公开');
  });

  it('titles a page that prints its headline nowhere else', async () => {
    const d = await one(
      page(
        '青岚省人民政府 - 政务动态 - 青岚：一季度经济运行稳中向好',
        `<div class="attr">发布时间：2025-04-16 17:30　来源：省统计局</div><div class="content">${A.map((p) => `<p>${p}</p>`).join('')}</div>`,
      ),
    );
    expect([d.title, d.date, d.source]).toEqual(['青岚：一季度经济运行稳中向好', '2025-04-16', '省统计局']);
  });
});

describe('a mobile outlet beside a relative day', () => {
  it('names the outlet and leaves the day empty', () => {
    expect(outletLine('梧岗日报　昨天 18:32')).toEqual({ source: '梧岗日报', date: null });
    expect(outletLine('溪桥县融媒体中心 2小时前')).toEqual({ source: '溪桥县融媒体中心', date: null });
    expect(outletLine('情况通报 昨天 18:32')).toBeNull();
    expect(outletLine('梧岗日报　昨天下午召开会议')).toBeNull();
  });

  it('gives a page no guessed day', async () => {
    const d = await one(
      page(
        '梧岗：文旅消费持续升温',
        `<h1>梧岗：文旅消费持续升温</h1><div>梧岗日报　昨天 18:32</div>${A.map((p) => `<p>${p}</p>`).join('')}`,
      ),
    );
    expect([d.source, d.date]).toEqual(['梧岗日报', null]);
  });
});

describe('央视网’s bracketed editor credit', () => {
  it('leaves the text; a bracketed sentence stays', async () => {
    const d = await one(
      page(
        '梧岗：老旧小区改造惠民生',
        `<h1>梧岗：老旧小区改造惠民生</h1><div>央视网 | 2025年03月07日 08:15</div>${A.map((p) => `<p>${p}</p>`).join('')}<p>（编辑 王蕾）</p><p>（编辑部将持续关注此事。）</p>`,
      ),
    );
    const text = d.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('编辑 王蕾');
    expect(text).toContain('编辑部将持续关注此事');
    expect(text).toContain(A[1]);
  });
});

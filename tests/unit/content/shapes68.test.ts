// Round sites68: HTML pages. 学习强国's resource cell without `来源：` (`学习强国 · 人民日报`, `新华社` beside the day)
// names the outlet and lets its headline be found; a platform (`“学习强国”学习平台`, `智慧党建云平台`) publishes
// nothing; a form's day label beside its day (`会议时间 | 2025-03-28`) and a labelled 作者 cell are no publisher; an
// outlet alone over a day told relative to the reading names the outlet.
import { describe, expect, it } from 'vitest';
import { outletOverRelativeDay } from '../../../electron/core/content/header-outlet.js';
import { publisherOfSite } from '../../../electron/core/content/formats/html-site.js';
import { isInfoLine } from '../../../electron/core/content/formats/html-info-line.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { xuexi } from '../../fixtures/import/gen/sites68-pages.js';
import { cloud } from '../../fixtures/import/gen/sites68-cloud.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
  '要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平，让人民群众有更多获得感。',
];
const one = async (html: string) => {
  const res = await importBytes('a.html', Buffer.from(html));
  expect(res.documents).toHaveLength(1);
  return res.documents[0]!;
};
const cell = (resource: string, extra = '') =>
  `<span class="render-detail-resource">${resource}</span>${extra}<span class="render-detail-time">2025-03-02</span>`;

describe('a 学习强国 page whose resource cell has no 来源：', () => {
  it.each([
    ['学习强国 · 人民日报', '', '人民日报'],
    ['新华社', '', '新华社'],
    ['学习强国 · 光明日报', '<span class="render-detail-author">作者：李明哲</span>', '光明日报'],
  ])('(%s %s) is titled by its headline and sourced to %s', async (resource, extra, source) => {
    const d = await one(xuexi('以高质量党建引领基层治理', cell(resource, extra), A));
    expect(d.title).toBe('以高质量党建引领基层治理');
    expect(d.source).toBe(source);
    expect(d.date).toBe('2025-03-02');
  });
  it('reads the cells run together as an info line, the platform before its outlet', () => {
    expect(isInfoLine('学习强国 · 人民日报2025-03-02')).toBe(true);
    expect(isInfoLine('新华社2025-04-18')).toBe(true);
    expect(isInfoLine('学习强国·人民日报')).toBe(false);
  });
});

describe('a platform', () => {
  it('publishes nothing of what it carries; a site that is no platform still does', () => {
    expect(publisherOfSite('智慧党建云平台')).toBe('');
    expect(publisherOfSite('学习平台')).toBe('');
    expect(publisherOfSite('梧岗融媒')).toBe('梧岗融媒');
  });
});

describe('a 党建云平台 export', () => {
  it('names no publisher from a day’s label cell beside the day, nor from the platform', async () => {
    const d = await one(
      cloud(
        '第一党支部2025年3月党员大会',
        [
          ['会议时间', '2025-03-28 14:30'],
          ['主持人', '陈华'],
        ],
        A,
      ),
    );
    expect(d.source).toBeNull();
    expect(d.date).toBe('2025-03-28');
  });
  it('names its 发布单位', async () => {
    const d = await one(
      cloud(
        '市委组织部召开全市基层党建工作推进会',
        [
          ['发布单位', '中共梧岗市委组织部'],
          ['发布时间', '2025-04-02 10:12'],
        ],
        A,
      ),
    );
    expect(d.source).toBe('中共梧岗市委组织部');
  });
});

describe('an outlet alone in a bare element over a relative day', () => {
  it('names the outlet (the day stays empty)', () => {
    expect(outletOverRelativeDay(['溪桥发布', '今天 10:05'])).toBe('溪桥发布');
    expect(outletOverRelativeDay(['梧岗融媒', '3小时前'])).toBe('梧岗融媒');
  });
  it('not over anything else, nor a name that is no outlet', () => {
    expect(outletOverRelativeDay(['溪桥发布', '茶园里的共富路'])).toBeNull();
    expect(outletOverRelativeDay(['工作简报', '今天 10:05'])).toBeNull();
    expect(outletOverRelativeDay(['李明', '今天 10:05'])).toBeNull();
  });
});

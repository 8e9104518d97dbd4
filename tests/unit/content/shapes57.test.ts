// Round sites57: a 政策 field table whose labels stand in a header row over their values (as table rows
// or as lists), a column head that is no value (`主题分类`), an info line's labels pasted each over its
// value, a pasted tool bar, a cover's month line, the one 转自《…》 pattern, and Notepad's and WPS's files.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LINE_RULES } from '../../../electron/core/content/clean-line-rules.js';
import { infoCells } from '../../../electron/core/content/formats/html-info-table.js';
import type { Doc } from '../../../electron/core/content/formats/html-dom.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { repostOutlet } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { word97 } from '../../fixtures/import/gen/word97.js';

const TEXT = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '要坚持在发展中保障和改善民生，着力解决好人民群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。',
];
const cells = (html: string) => infoCells(parseHTML(`<html><body>${html}</body></html>`).document as unknown as Doc);
const dropped = (line: string) => LINE_RULES.some((r) => r.re.test(line));

describe('a field table with its labels in a header row', () => {
  it('gives each label the cell under it (table rows)', () => {
    const got = cells(
      '<table><tr><th>索引号</th><th>发布机构</th><th>主题分类</th><th>成文日期</th><th>发布日期</th></tr>' +
        '<tr><td>1133/2024-00231</td><td>某某市人力资源和社会保障局</td><td>劳动、人事</td><td>2024-03-18</td><td>2024-03-22</td></tr></table>',
    );
    expect(got.get('发布机构')).toBe('某某市人力资源和社会保障局');
    expect(got.get('成文日期')).toBe('2024-03-18');
    expect(got.get('发布日期')).toBe('2024-03-22');
  });
  it('reads two label rows, each over its values, and list rows the same way', () => {
    const two = cells(
      '<table><tr><th>标题</th><th>发文字号</th></tr><tr><td>关于某事的通知</td><td>某政办发〔2022〕31号</td></tr>' +
        '<tr><th>发文机关</th><th>成文日期</th><th>发布日期</th></tr><tr><td>某某县人民政府办公室</td><td>2022年07月04日</td><td>2022年07月08日</td></tr></table>',
    );
    expect([two.get('发文机关'), two.get('成文日期')]).toEqual(['某某县人民政府办公室', '2022年07月04日']);
    const list = cells(
      '<ul><li>发布机构</li><li>成文日期</li></ul><ul><li>某某市公安局交通警察支队</li><li>2017-06-12</li></ul>',
    );
    expect([list.get('发布机构'), list.get('成文日期')]).toEqual(['某某市公安局交通警察支队', '2017-06-12']);
  });
  it('reads a <thead> over the <tbody> of values', () => {
    const got = cells(
      '<table><thead><tr><td>发布机构</td><td>主题分类</td><td>成文日期</td></tr></thead>' +
        '<tbody><tr><td>某某县市场监督管理局</td><td>市场监管</td><td>2016-11-02</td></tr></tbody></table>',
    );
    expect([got.get('发布机构'), got.get('成文日期')]).toEqual(['某某县市场监督管理局', '2016-11-02']);
  });
  it('never takes the next column head for a value, and leaves label/value rows alone', () => {
    // A header row whose values are missing: no value at all, not `主题分类`.
    expect(
      cells('<table><tr><th>发布机构</th><th>主题分类</th><th>成文日期</th></tr></table>').get('发布机构'),
    ).toBeUndefined();
    const pairs = cells(
      '<table><tr><td>发文机关</td><td>某某市农业农村局</td><td>成文日期</td><td>2021年09月13日</td></tr></table>',
    );
    expect([pairs.get('发文机关'), pairs.get('成文日期')]).toEqual(['某某市农业农村局', '2021年09月13日']);
  });
});

describe('a page’s text pasted into a .txt', () => {
  it('joins an info label to the value under it, and drops a tool bar line', async () => {
    const txt = [
      '某某市召开重大项目建设推进会',
      '信息来源：',
      '某某市发展和改革委员会',
      '发布日期：',
      '2015-04-09',
      '【字体：大 中 小】　【打印】',
      ...TEXT,
    ].join('\r\n');
    const doc = (await importBytes('a.txt', Buffer.from(txt))).documents[0]!;
    expect([doc.source, doc.date]).toEqual(['某某市发展和改革委员会', '2015-04-09']);
    const body = doc.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/字体|打印|信息来源/);
    expect(body).toContain(TEXT[0]);
  });
  it('drops a line of tool buttons only, not a line with words after a button', () => {
    expect(dropped('【字体：大 中 小】　【打印】')).toBe(true);
    expect(dropped('【打印】这一段是正文。')).toBe(false);
  });
});

describe('a page’s pager pasted into a .txt', () => {
  it('drops `上一篇：…`/`下一篇：…` title links, not a sentence that names a next piece', () => {
    expect(dropped('上一篇：溪桥县召开安全生产工作会议')).toBe(true);
    expect(dropped('下一篇：溪桥县举行2019年重点项目集中开工仪式')).toBe(true);
    expect(dropped('下一篇：我们将继续刊发基层干部的学习体会，敬请关注。')).toBe(false);
  });
});

describe('a cover’s month line', () => {
  it('goes from the top of the text, gives no day, and a month in the text stays', async () => {
    const txt = [
      '某某县2015年度环境状况报告',
      '2016年2月',
      ...TEXT,
      '2016年2月',
      '某某县人民政府',
      '2016年1月28日',
    ].join('\n');
    const doc = (await importBytes('b.txt', Buffer.from(txt))).documents[0]!;
    const lines = doc.paragraphs.map((p) => p.text);
    expect(lines.filter((l) => l === '2016年2月')).toHaveLength(1);
    expect(lines[0]).not.toBe('2016年2月');
  });

  it('goes over a 落款 day of its year in the other numerals, and stays when it is the text’s one sign of time', async () => {
    const first = async (lines: string[]) =>
      (await importBytes('c.txt', Buffer.from(lines.join('\n')))).documents[0]!.paragraphs[0]!.text;
    expect(
      await first(['某某县2018年度工作报告', '二〇一九年三月', ...TEXT, '某某县人民政府', '2019年2月26日']),
    ).not.toBe('二〇一九年三月');
    // An undated speech's month is its period (the history reader reads it): kept.
    expect(await first(['在扩大的工作会议上的讲话', '1962年1月', ...TEXT])).toBe('1962年1月');
  });
});

describe('a repost note naming its outlet in title marks', () => {
  it('is one pattern: the line is chrome and names the source', () => {
    for (const line of ['（转自《光明日报》）', '转载自《学习时报》']) {
      expect(chromeReason(line)).toBe('来源信息');
      expect(repostOutlet(line)).toMatch(/光明日报|学习时报/);
    }
    expect(chromeReason('（转自：光明日报）')).toBe('来源信息');
    expect(repostOutlet('转自《光明日报》的一篇评论说明了问题。')).toBeNull();
  });
});

describe('Notepad’s and WPS’s files', () => {
  it('reads a “Unicode” (UTF-16LE) .txt with its 落款 day', async () => {
    const text = [
      '关于做好党员冬训工作的通知',
      '各基层党组织：',
      ...TEXT,
      '中共某某县委组织部',
      '二〇一七年十一月二十日',
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const doc = (await importBytes('c.txt', bytes)).documents[0]!;
    expect([doc.title, doc.date]).toEqual(['关于做好党员冬训工作的通知', '2017-11-20']);
  });
  it('reads a .wps (WPS’s binary Word 97 file) as a Word file', async () => {
    const bytes = word97({
      wps: true,
      paras: ['在全县工作会议上的讲话', '县委书记　周建国', '（2018年2月9日）', '同志们：', ...TEXT],
    });
    const doc = (await importBytes('d.wps', bytes)).documents[0]!;
    expect([doc.title, doc.date, doc.speakers[0]?.name]).toEqual(['在全县工作会议上的讲话', '2018-02-09', '周建国']);
  });
});

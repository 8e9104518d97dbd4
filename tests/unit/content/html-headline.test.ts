// Headlines of pages whose <title> does not simply hold `标题_站名`: the first title part printed
// as a block of its own (not a navigation link with the same words), and the heading over the info
// line when <title> names only the column. Cases from real government and society pages.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../electron/core/content/formats/html.js';

const page = (title: string, body: string) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const prose =
  '<p>各地各部门要认真贯彻落实，推动经济社会持续健康发展，为开好局起好步打下坚实基础，确保各项任务落到实处。</p>'.repeat(
    3,
  );

describe('html headline', () => {
  it('takes the title part printed in a styled span, without the column after it', () => {
    const [src] = readHtml(
      'a.html',
      page('中华人民共和国监察法-纪检', `<td><span class="STYLE8">中华人民共和国监察法</span></td><div>${prose}</div>`),
    );
    expect(src!.hints.title).toBe('中华人民共和国监察法');
  });

  it('never takes a navigation link with the same words as a title part', () => {
    const [src] = readHtml(
      'b.html',
      page(
        '中华人民共和国监察法-纪检',
        `<div class="nav"><a href="/x">中华人民共和国监察法</a></div><div>${prose}</div>`,
      ),
    );
    expect(src!.hints.title).toBe('中华人民共和国监察法-纪检');
  });

  it('takes the heading over the info line when <title> names only the column', () => {
    const [src] = readHtml(
      'c.html',
      page(
        '新闻动态--中国地理学会官网',
        `<h3>首页 - 新闻动态</h3><h5>2019年中国人文地理学术年会在重庆成功举行</h5><div class="ly">发布时间：2019-05-18 来源：中国地理学会</div><div>${prose}</div>`,
      ),
    );
    expect(src!.hints.title).toBe('2019年中国人文地理学术年会在重庆成功举行');
    expect(src!.hints.pageDate).toBe('2019-05-18');
    expect(src!.hints.source).toBe('中国地理学会');
  });
});

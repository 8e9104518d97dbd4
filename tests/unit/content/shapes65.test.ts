// Round sites65: pages copied into a .txt keep none of their site's chrome (a related or ranking list after the
// text, 新华网's 【纠错】【责任编辑】 bar, a QR box's caption); a 政府信息公开目录's entry copied over its 通知 (索引号,
// 发布机构, 生成日期, no 成文日期) leaves the text and names the publisher; its rows under a page's text, in label and
// value cells, and the site's `…主办` footer are no text; 学习强国's headline stands over its 来源/作者 cells and the
// day under them.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { body, para, wordFile } from '../../fixtures/import/gen/word-xml.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
];
const text = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');
const one = async (name: string, s: string) => {
  const res = await importBytes(name, Buffer.from(s));
  expect(res.documents).toHaveLength(1);
  return res.documents[0]!;
};

describe('a page copied into a .txt', () => {
  it('loses the related list after its text, heading and headlines', async () => {
    const d = await one(
      'a.txt',
      `青岚这个村，把小积分变成了大治理\n${A.join('\n')}\n往期推荐\n青岚市召开全市组织工作会议\n青岚：党建引领基层治理见实效\n`,
    );
    expect(text(d)).toContain(A[1]);
    expect(text(d)).not.toMatch(/往期推荐|组织工作会议|见实效/);
  });

  it('keeps a heading followed by sentences (no list), and loses 热门排行 and its titles', async () => {
    const kept = await one('b.txt', `标题一则\n${A[0]}\n推荐阅读\n${A[1]}\n`);
    expect(text(kept)).toContain(A[1]);
    const d = await one(
      'c.txt',
      `枫林区召开基层治理工作推进会\n${A.join('\n')}\n热门排行\n江西出台措施促进民营经济发展壮大\n`,
    );
    expect(text(d)).not.toMatch(/热门排行|民营经济/);
  });

  it('loses the 【纠错】【责任编辑】 bar of 新华网 and the QR captions', async () => {
    const d = await one(
      'd.txt',
      `全国冬季农田水利建设全面展开\n${A.join('\n')}\n【纠错】【责任编辑：刘洋】\n扫一扫，用手机看新闻！\n用微信扫描还可以分享至好友和朋友圈\n扫一扫，分享到微信\n`,
    );
    expect(text(d)).toContain(A[1]);
    expect(text(d)).not.toMatch(/纠错|责任编辑|扫一扫|微信扫描/);
  });

  it('read with a 政府信息公开目录 entry over it: the entry goes, its 发布机构 publishes, the 落款 dates', async () => {
    const d = await one(
      'e.txt',
      `索引号：11360731MB1234567X/2025-01234\t主题分类：综合政务\n发布机构：梧岗县人民政府办公室\t生成日期：2025-11-05\n` +
        `梧岗县人民政府办公室关于做好冬季森林防火工作的通知\n各乡镇人民政府：\n${A.join('\n')}\n梧岗县人民政府办公室\n2025年11月3日\n`,
    );
    expect([d.title, d.date, d.source]).toEqual([
      '梧岗县人民政府办公室关于做好冬季森林防火工作的通知',
      '2025-11-03',
      '梧岗县人民政府办公室',
    ]);
    expect(text(d)).not.toMatch(/索引号|生成日期/);
  });
});

describe('a Word handout', () => {
  it('keeps the books its own `推荐阅读` names: only the related list of a copy is chrome', async () => {
    const res = await importBytes(
      '学习材料.docx',
      Buffer.from(
        wordFile({ body: para('学习材料') + body(A) + para('推荐阅读') + para('《习近平谈治国理政》第四卷') }),
      ),
    );
    expect(text(res.documents[0]!)).toContain('《习近平谈治国理政》第四卷');
  });
});

describe('a 政府信息公开 page', () => {
  it('loses its info block under the text, cell by cell, and the `…主办` footer', async () => {
    const d = await one(
      'f.html',
      `<html><head><meta charset="utf-8"><title>溪桥县召开冬季安全生产工作会议</title></head><body><h1>溪桥县召开冬季安全生产工作会议</h1>` +
        `<div>发布时间：2025-11-04　来源：县应急管理局</div>${A.map((t) => `<p>${t}</p>`).join('')}` +
        `<table><tr><th>文号</th><td>溪府发〔2025〕12号</td><th>主题分类</th><td>安全生产</td></tr></table>` +
        `<div class="copy">溪桥县人民政府办公室主办</div></body></html>`,
    );
    expect(text(d)).toContain(A[1]);
    expect(text(d)).not.toMatch(/主题分类|溪府发|主办/);
  });
});

describe('学习强国', () => {
  it('its headline stands over the 来源 and 作者 cells, the day set apart under them', async () => {
    const d = await one(
      'g.html',
      `<html><head><meta charset="utf-8"><title>学习强国</title></head><body><div class="header">学习强国 学习平台</div>` +
        `<div class="render-detail-title">推动乡村全面振兴的青岚实践</div><div class="render-detail-article-title-info">` +
        `<span>来源：青岚日报</span><span>作者：孙立群</span><span class="render-detail-time">2025-11-03</span></div>` +
        `<div class="render-detail-content">${A.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`,
    );
    expect([d.title, d.date, d.source]).toEqual(['推动乡村全面振兴的青岚实践', '2025-11-03', '青岚日报']);
  });
});

// Round sites56: a repost's `转自《…》` and `本文转自：` notes name its source; a 学报's data lines
// (收稿日期, 中图分类号) are no text; a 政策解读 is an article about a document; a page of pictures and a
// Word file of pictures are refused with what to do.
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { LINE_RULES } from '../../../electron/core/content/clean-line-rules.js';
import { emptyPageReason } from '../../../electron/core/content/formats/html-empty-reason.js';
import { repostOutlet } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { picture, withPicture } from '../../fixtures/import/gen/sites56-kit.js';
import { body, para, wordFile } from '../../fixtures/import/gen/word-xml.js';

const dropped = (line: string) => LINE_RULES.some((r) => r.re.test(line));
const TEXT = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '要坚持在发展中保障和改善民生，着力解决好人民群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。',
];
const page = (info: string, text: string) =>
  `<html><head><meta charset="utf-8"><title>示例-某某党建网</title></head><body><h1>坚持以人民为中心</h1><div>${info}</div>` +
  `<div class="text">${text}</div></body></html>`;

describe('a repost’s source', () => {
  it('is the outlet a 转自《…》 note names, without its title marks', async () => {
    expect(repostOutlet('（转自《光明日报》）')).toBe('光明日报');
    expect(repostOutlet('转载自《学习时报》')).toBe('学习时报');
    expect(repostOutlet('（原载《学习时报》）')).toBeNull();
    const html = page('发布日期：2020-05-22', TEXT.map((t) => `<p>${t}</p>`).join('') + '<p>（转自《光明日报》）</p>');
    const doc = (await importBytes('a.html', Buffer.from(html))).documents[0]!;
    expect(doc.source).toBe('光明日报');
    expect(doc.paragraphs.map((p) => p.text).join('')).not.toContain('转自');
  });
  it('is the outlet of a `本文转自：` line', async () => {
    const html = page('发布日期：2022-11-03', '<p>本文转自：人民日报</p>' + TEXT.map((t) => `<p>${t}</p>`).join(''));
    expect((await importBytes('b.html', Buffer.from(html))).documents[0]!.source).toBe('人民日报');
  });
});

describe('a journal article’s data lines', () => {
  it('are dropped, in both forms, but a sentence on a 基金项目 stays', () => {
    expect(dropped('收稿日期：2021-03-02')).toBe(true);
    expect(dropped('[收稿日期] 2020-11-16')).toBe(true);
    expect(dropped('中图分类号：D61　　文献标识码：A　　文章编号：1008-0000（2021）03-0012-04')).toBe(true);
    expect(dropped('[作者简介] 周晓岚，女，溪桥行政学院讲师。')).toBe(true);
    expect(dropped('基金项目申报工作要突出重点，注重实效。')).toBe(false);
  });
});

describe('a 政策解读', () => {
  it('is an article about the document it names', async () => {
    const html =
      '<html><head><meta charset="utf-8"><title>解读</title></head><body><h1>关于《某某市城市更新条例》的解读</h1>' +
      `<div>发布时间：2019-10-09　来源：某某市住房和城乡建设局</div><p>一、制定背景</p>${TEXT.map((t) => `<p>${t}</p>`).join('')}</body></html>`;
    expect((await importBytes('c.html', Buffer.from(html))).documents[0]!.type).toBe('文章');
  });
});

describe('files of pictures', () => {
  it('a page whose text is pictures says to find the text version', () => {
    const html =
      '<html><body><h1>一图读懂《某某措施》</h1><p><img src="./W1.png"></p><p><img src="./W2.png"></p></body></html>';
    expect(emptyPageReason(html, ['发布时间：2023-04-13'], [])).toMatch(/正文是图片.*文字版/);
    // A logo is site furniture, not the text.
    expect(emptyPageReason('<html><body><img src="/logo.png"><p>短</p></body></html>', ['短'], [])).toBeUndefined();
  });
  it('a Word file of pictures only says to turn them into text first', async () => {
    const res = await importBytes('scan.docx', Buffer.from(withPicture(wordFile({ body: picture() + picture() }))));
    expect(res.documents).toHaveLength(0);
    expect(res.errors[0]).toMatch(/只有图片.*图片转文字/);
  });
  it('a Word file with text beside a picture imports its text', async () => {
    const res = await importBytes(
      'notice.docx',
      Buffer.from(withPicture(wordFile({ body: picture() + para('关于开展理论学习的通知') + body(TEXT) }))),
    );
    expect(res.documents[0]!.title).toBe('关于开展理论学习的通知');
  });
  it('withPicture adds the picture part the drawing refers to', () => {
    const files = unzipSync(withPicture(wordFile({ body: picture() })));
    expect(files['word/media/image1.png']).toBeDefined();
    expect(Buffer.from(files['word/_rels/document.xml.rels']!).toString()).toContain('rIdPic1');
  });
});

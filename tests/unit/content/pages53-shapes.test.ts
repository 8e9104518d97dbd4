// Round sites53: a `.doc` that is Word's single-file web page (its <title> is the file's property,
// not the headline), a page whose <title> and og:title are a 话题 line the page never prints, a headline
// set over two lines with <br>, 央视网's `视频简介` caption, a 新闻联播 page dated by its VIDE address,
// a 政府信息公开 page that only links its PDF, and a binary .doc as WPS saves it.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { urlDate } from '../../../electron/core/content/formats/page-url.js';
import { mso, msoCentre, msoDoc, msoRight } from '../../fixtures/import/gen/sites53-kit.js';
import { word97 } from '../../fixtures/import/gen/word97.js';

const enc = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  '坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标，扎实办好民生实事。',
  '各级党组织要把学习成果转化为推动发展的实际成效，扎实做好各项工作，确保取得实效。',
];
const page = (head: string, body: string) =>
  enc(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

async function imported(name: string, bytes: Uint8Array) {
  const res = await importBytes(name, bytes);
  const d = res.documents[0];
  if (!d) return { skipped: res.report.skipped.map((s) => s.reason).join(''), errors: res.errors.join('') };
  return { title: d.title, date: d.date, source: d.source, text: d.paragraphs.map((x) => x.text).join('\n') };
}

describe('a .doc saved as a Word web page', () => {
  it('takes its title from the text, not from the file property that names the office', async () => {
    const html = msoDoc({
      propsTitle: '临澄县人民政府办公室',
      author: 'Administrator',
      created: '2024-04-01T02:10:00Z',
      paras:
        msoCentre('临澄县人民政府办公室关于做好春季防火工作的通知') +
        TEXT.map((t) => mso(t)).join('') +
        msoRight('临澄县人民政府办公室') +
        msoRight('2024年4月1日'),
    });
    const got = await imported('notice.doc', enc(html));
    expect(got.title).toBe('临澄县人民政府办公室关于做好春季防火工作的通知');
    expect(got.date).toBe('2024-04-01');
  });
});

describe('a page headline', () => {
  it('is the one <h1> over its info line when <title> and og:title are a line the page never prints', async () => {
    const got = await imported(
      'a.html',
      page(
        '<title>两会时间丨代表委员热议民生实事 - 临澄县融媒体中心</title><meta property="og:title" content="两会时间丨代表委员热议民生实事">',
        `<h1>把民生实事办到群众心坎上</h1><div class="info">2022-03-09 17:20　来源：临澄县融媒体中心</div><div class="content">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div>`,
      ),
    );
    expect(got.title).toBe('把民生实事办到群众心坎上');
  });

  it('set over two lines keeps its phrases apart as <title> prints them, else runs on', async () => {
    const two = await imported(
      'b.html',
      page(
        '<title>坚持稳中求进 推动高质量发展_临澄新闻网</title>',
        `<h1>坚持稳中求进<br>推动高质量发展</h1><div class="info">2024-03-07 08:30　来源：临澄日报</div>${TEXT.map((t) => `<p>${t}</p>`).join('')}`,
      ),
    );
    expect(two.title).toBe('坚持稳中求进 推动高质量发展');
    const notice = await imported(
      'c.html',
      page(
        '<title>临澄县人民政府</title>',
        `<h1>临澄县人民政府办公室关于做好<br>春季农业生产工作的通知</h1><div class="info">发布时间：2024-03-07　来源：县政府办公室</div>${TEXT.map((t) => `<p>${t}</p>`).join('')}`,
      ),
    );
    expect(notice.title).toBe('临澄县人民政府办公室关于做好春季农业生产工作的通知');
  });
});

describe('央视网', () => {
  it('drops the player caption that repeats the headline', async () => {
    const got = await imported(
      'v.html',
      page(
        '<title>[视频]各地扎实推进高质量发展_新闻频道_央视网(cctv.com)</title>',
        `<h1>[视频]各地扎实推进高质量发展</h1><div class="info">来源：央视网 | 2024年03月08日 19:48</div><div class="brief">视频简介：各地扎实推进高质量发展。</div>${TEXT.map((t) => `<p>${t}</p>`).join('')}`,
      ),
    );
    expect(got.text).not.toContain('视频简介');
    expect(got.text).toContain(TEXT[0]);
  });

  it('dates a video page (VIDE…) by its address', () => {
    expect(urlDate('https://tv.cctv.com/2021/03/15/VIDEq8w7e6r5t4y3u2i1o0p210315.shtml')).toBe('2021-03-15');
    expect(urlDate('https://tv.cctv.com/2021/03/15/VIDAq8w7e6r5t4y3.shtml')).toBe('2021-03-15');
  });
});

describe('a 政府信息公开 page that only links its PDF', () => {
  it('is refused with a Chinese reason that says to import the attachment', async () => {
    const got = await imported(
      'x.html',
      page(
        '<title>政府信息公开_临澄县人民政府</title>',
        '<table><tr><th>索引号：</th><td>11330100MB1234567X/2022-00031</td></tr><tr><th>标题：</th><td>临澄县2021年度县级决算公开</td></tr></table><p>附件：<a href="./P020220815.pdf">临澄县2021年度县级决算公开.pdf</a></p>',
      ),
    );
    expect(got.skipped).toContain('请下载附件后直接导入');
  });
});

describe('a binary .doc as WPS saves it', () => {
  it('gives its text without the header, the footer and the footnote', async () => {
    const bytes = word97({
      wps: true,
      header: '临澄县委办公室　内部资料',
      footer: '第 1 页',
      footnotes: ['《人民日报》2024年3月6日。'],
      paras: [
        '关于认真学习宣传贯彻全国两会精神的通知',
        '各乡镇党委：',
        TEXT[0]! + '\x02',
        TEXT[1]!,
        '中共临澄县委办公室',
        '2024年3月12日',
      ],
    });
    const got = await imported('notice.doc', bytes);
    expect(got.title).toBe('关于认真学习宣传贯彻全国两会精神的通知');
    expect(got.date).toBe('2024-03-12');
    expect(got.text).toContain(TEXT[0]);
    expect(got.text).not.toMatch(/内部资料|第 1 页|人民日报/);
  });
});

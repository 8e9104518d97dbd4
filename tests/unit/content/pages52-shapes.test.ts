// Round sites52: WeChat's byline as a printed page's text layer keeps it (spaces lost around the day),
// a Word text box that repeats the text's words (a pull quote), 人民网's mobile byline naming
// `人民网－人民日报` without a label, and 人民网's `小字号` / share prompt in copied text.
import { describe, expect, it } from 'vitest';
import { wechatByline } from '../../../electron/core/content/wechat-byline.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { p, para, textBox, wordFile } from '../../fixtures/import/gen/word-xml.js';

const enc = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  '坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标。',
  '各级党组织要把学习成果转化为推动发展的实际成效，扎实做好各项工作。',
];

async function first(name: string, bytes: Uint8Array) {
  const d = (await importBytes(name, bytes)).documents[0]!;
  return { title: d.title, date: d.date, source: d.source, text: d.paragraphs.map((x) => x.text).join('\n') };
}

describe('a WeChat byline', () => {
  it('is read with its spaces, and as a PDF text layer gives it without them', () => {
    expect(wechatByline('原创 梧岗发布 梧岗发布 2025年03月07日 18:30 浙江')).toEqual({
      account: '梧岗发布',
      day: '2025年03月07日',
    });
    expect(wechatByline('原创 临澄组工 临澄组工2023年03月08日19:05浙江')).toEqual({
      account: '临澄组工',
      day: '2023年03月08日',
    });
  });

  it('needs 原创 and the time when the spaces are lost', () => {
    expect(wechatByline('临澄组工2023年03月08日19:05浙江')).toBeNull();
    expect(wechatByline('原创 临澄组工2023年03月08日')).toBeNull();
  });
});

describe('a Word text box', () => {
  it('repeating a sentence of the text (a pull quote) goes; the text keeps the sentence once', async () => {
    const word = wordFile({
      body:
        para('在县委理论学习中心组学习会上的讲话', { jc: 'center', bold: true, size: 44 }) +
        p(textBox(para(`金句：${TEXT[0]!.slice(0, 20)}`))) +
        TEXT.map((t) => para(t)).join(''),
    });
    const got = await first('speech.docx', word);
    expect(got.text).not.toContain('金句');
    expect(got.text).toContain(TEXT[0]);
  });

  it('with words of its own (the organ of a 红头 over a 通知) stays, the source', async () => {
    const word = wordFile({
      body:
        p(textBox(para('中共梧岗市委组织部', { jc: 'center', bold: true, size: 60 }))) +
        para('梧组发〔2018〕5号', { jc: 'center' }) +
        para('关于做好民生实事督办工作的通知', { jc: 'center', bold: true, size: 44 }) +
        TEXT.map((t) => para(t)).join('') +
        para('中共梧岗市委组织部', { jc: 'right' }) +
        para('2018年3月26日', { jc: 'right' }),
    });
    expect((await first('notice.docx', word)).source).toBe('中共梧岗市委组织部');
  });
});

describe('人民网', () => {
  it('mobile byline `<span>人民网－人民日报</span> <span>time</span>` names the publisher', async () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>标题--人民网</title></head><body>' +
      '<h1>更好发挥政府投资带动作用</h1><div class="source"><span>人民网－人民日报</span>　<span>2023-03-07 08:10</span></div>' +
      `<div class="artDet">${TEXT.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
    const got = await first('m.html', enc(page));
    expect([got.date, got.source]).toEqual(['2023-03-07', '人民网－人民日报']);
  });

  it('copied as text, its `小字号` button and share prompt go', async () => {
    const text = `全面推进乡村振兴\n2021年03月06日08:12 | 来源：人民网－人民日报\n小字号\n\n${TEXT.join('\n\n')}\n\n分享让更多人看到\n`;
    const got = await first('copy.txt', enc(text));
    expect(got.text).not.toMatch(/小字号|分享让更多人看到/);
    expect(got.text).toContain(TEXT[1]);
  });
});

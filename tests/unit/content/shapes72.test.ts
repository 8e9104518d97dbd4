// Rounds sites72 and sites72d. A .pptx's notes that repeat the slide say it once; a 会议记录 with no 时间 field is dated
// by the day its text opens with (never a day without its year), its 记录人 line no text; a newspaper 版面 printed to
// PDF is split into its articles, dated and sourced by the page head; 学习强国 in a footer publishes nothing.
import { describe, expect, it } from 'vitest';
import { banmianArticles } from '../../../electron/core/content/formats/pdf-banmian.js';
import { publisherOfSite } from '../../../electron/core/content/formats/html-site.js';
import { paperPage } from '../../../electron/core/content/header-outlet.js';
import { importOne, SPEECH_TEXT } from './helpers.js';
import { pptxFile } from '../../fixtures/import/gen/pptx-file.js';
import { body, heading, para, wordFile } from '../../fixtures/import/gen/word-xml.js';

const A = [...SPEECH_TEXT, '要加强督促检查，及时总结推广好经验好做法，推动各项工作扎实深入开展。'];
const count = (text: string, s: string) => text.split(s).length - 1;

describe('a 党课课件 whose notes repeat the slide', () => {
  it('says the title and each point once, the notes own words after them', async () => {
    const deck = pptxFile([
      { ctrTitle: '坚持和加强党的全面领导', subTitle: ['主讲人：市委党校副教授　林海', '2025年5月20日'] },
      { title: '一、根本保证', body: [A[0]!], num: 2, notes: ['一、根本保证', A[0]!, A[1]!] },
    ]);
    const text = (await importOne('课件.pptx', deck)).paragraphs.map((x) => x.text).join('\n');
    expect([count(text, '一、根本保证'), count(text, A[0]!.slice(0, 20)), count(text, A[1]!.slice(0, 20))]).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('a 会议记录 with no 时间 field', () => {
  it.each([
    ['2025年3月5日上午，市委理论学习中心组在市委常委会议室召开集体学习会议，市委书记周明远主持。', '2025-03-05'],
    ['县委常委会于2024年11月20日下午在县委常委会议室召开第十二次会议，县委书记李国强主持。', '2024-11-20'],
    ['二〇二五年四月二日上午，县财政局党组在局三楼会议室召开党组会议，党组书记王楠主持。', '2025-04-02'],
    // No year anywhere: no day.
    ['3月5日下午，第三党支部在三楼会议室召开支部委员会会议，支部书记张华主持。', null],
  ])('%s → %s', async (lead, day) => {
    const file = wordFile({
      body: para('第三党支部支部委员会会议记录', heading) + para(lead) + body(A) + para('记录人：刘敏'),
    });
    const d = await importOne('a.docx', Buffer.from(file));
    expect([d.date, d.speakers, d.paragraphs.some((x) => /记录人/.test(x.text))]).toEqual([day, [], false]);
  });
  it('a 纪要 is not dated by its lead (its office signs it)', async () => {
    const file = wordFile({
      body:
        para('县政府第十次常务会议纪要', heading) +
        para('2025年3月5日，县长陈立主持召开县政府第十次常务会议。') +
        body(A),
    });
    expect((await importOne('a.docx', Buffer.from(file))).date).not.toBe('2025-03-05');
  });
});

describe('a newspaper 版面 printed to PDF', () => {
  it('reads a running head with the weekday alone (a line of the text needs its 版)', () => {
    expect(paperPage('人民日报2025年3月15日 星期六', true)).toEqual({ source: '人民日报', date: '2025-03-15' });
    expect(paperPage('人民日报2025年3月15日 星期六')).toBeNull();
    expect(paperPage('青岚日报　2025年3月15日', true)).toBeNull();
  });
  it('splits under the 版 line at each headline over a byline, bylines out', () => {
    const texts = ['第05版：评论', '本报评论员', A[0]!, A[1]!, '让基层干部把更多精力用在抓落实上', '李　拯', A[2]!];
    expect(banmianArticles(texts, '以钉钉子精神推动改革落地见效')).toEqual([
      { title: '以钉钉子精神推动改革落地见效', lines: [A[0]!, A[1]!] },
      { title: '让基层干部把更多精力用在抓落实上', lines: [A[2]!] },
    ]);
    // One article, or no 版 line: not a 版面 to split.
    expect(banmianArticles(texts.slice(0, 4), '以钉钉子精神推动改革落地见效')).toBeNull();
    expect(banmianArticles(texts.slice(1), '以钉钉子精神推动改革落地见效')).toBeNull();
  });
});

describe('学习强国 named only in a footer', () => {
  it('publishes nothing (a platform), an outlet does', () => {
    expect([publisherOfSite('学习强国'), publisherOfSite('光明日报')]).toEqual(['', '光明日报']);
  });
});

// Rounds sites69 and sites69d. A 讲话 printed by a 公文 system (密级, the office in red, the series' number) is
// titled by the speech, not by its banner; a 汇编's cover with no 目录 still splits off a 通知 under it, the cover's
// unit coming back as a 落款 does not undo a 目录, and a piece's `来源：… 2022年3月8日` line dates it; a 期刊 piece
// with no day of its own takes the issue's day only when a running head prints it; a 来源 holding the issue's
// bracketed 出版 day names the issue.
import { describe, expect, it } from 'vitest';
import { issueDay } from '../../../electron/core/content/issue-day.js';
import { cleanSource } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { importOne, SPEECH_TEXT } from './helpers.js';
import { pageBreak, redHead, redRule, tocLine } from '../../fixtures/import/gen/sites69-kit.js';
import { body, centre, heading, para, right, wordFile } from '../../fixtures/import/gen/word-xml.js';

const A = SPEECH_TEXT;
const B = [
  '各级党组织要把学习贯彻工作摆上重要议事日程，精心组织安排，确保各项任务落到实处，取得实实在在的成效。',
  '要加强督促检查，及时总结推广好经验好做法，对工作不力的要通报批评，推动活动扎实深入开展。',
];
const docs = async (file: Uint8Array) => (await importBytes('a.docx', Buffer.from(file))).documents;

describe('a 讲话 from a 公文 system', () => {
  it.each([
    [['秘密★1年'], '中共溪桥县委办公室'],
    [['内部　注意保存'], '青岚市人民政府办公室'],
    [[], '梧岗县人民政府办公室'],
  ])('under %j and %s is titled by the speech', async (marks, office) => {
    const d = await importOne(
      'a.docx',
      wordFile({
        body:
          marks.map((m) => para(m)).join('') +
          redHead(office) +
          para('领导讲话材料（2025年第3期）', centre) +
          redRule() +
          para('在全县安全生产工作会议上的讲话', heading) +
          para('县长　王建国', centre) +
          para('（2025年3月5日）', centre) +
          para('同志们：') +
          body(A),
      }),
    );
    expect(d.title).toBe('在全县安全生产工作会议上的讲话');
    expect(d.date).toBe('2025-03-05');
    expect(d.speakers).toEqual([{ name: '王建国', role: '县长' }]);
    expect(d.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/领导讲话材料|注意保存|秘密/);
  });
  it('keeps an opening line that is no banner over a speech title', async () => {
    const d = await importOne(
      'a.docx',
      wordFile({ body: para('认真学习贯彻会议精神') + para('在全县安全生产工作会议上的讲话', heading) + body(A) }),
    );
    expect(d.title).toBe('认真学习贯彻会议精神');
  });
});

describe('a 汇编', () => {
  const speech =
    para('在全县组织工作会议上的讲话', heading) + para('县委书记　刘伟', centre) + para('（2022年4月8日）', centre);
  const notice =
    para('关于开展“五星支部”创建活动的通知', heading) +
    para('各乡镇党委，县直各党（工）委：') +
    body(B) +
    para('中共梧岗县委组织部', right) +
    para('2022年4月20日', right);
  it('under a cover with no 目录 splits off a 通知 headed by its addressees', async () => {
    const got = await docs(
      wordFile({
        body:
          para('学习资料', heading) +
          para('中共梧岗县委组织部　2022年5月', centre) +
          pageBreak +
          speech +
          para('同志们：') +
          body(A) +
          pageBreak +
          notice,
      }),
    );
    expect(got.map((d) => [d.title, d.date])).toEqual([
      ['在全县组织工作会议上的讲话', '2022-04-08'],
      ['关于开展“五星支部”创建活动的通知', '2022-04-20'],
    ]);
  });
  it('with no cover is one document: a 通知 after a speech is no piece of a collection', async () => {
    const got = await docs(wordFile({ body: speech + para('同志们：') + body(A) + notice }));
    expect(got).toHaveLength(1);
  });
  it('whose cover names the unit that signs a piece is split by its 目录; a source line’s day dates its piece', async () => {
    const got = await docs(
      wordFile({
        body:
          para('学习资料汇编', heading) +
          para('中共梧岗县委组织部', centre) +
          pageBreak +
          para('目　录', heading) +
          tocLine('关于开展“五星支部”创建活动的通知', 1) +
          tocLine('用党的创新理论凝心铸魂', 3) +
          pageBreak +
          notice +
          pageBreak +
          para('用党的创新理论凝心铸魂', heading) +
          para('来源：青岚日报　2022年3月8日', centre) +
          body(A),
      }),
    );
    expect(got.map((d) => [d.title, d.date, d.source])).toEqual([
      ['关于开展“五星支部”创建活动的通知', '2022-04-20', null],
      ['用党的创新理论凝心铸魂', '2022-03-08', '青岚日报'],
    ]);
  });
});

describe('a 期刊’s issue day', () => {
  it('is read from a running head or foot that prints it', () => {
    expect(issueDay([{ text: '梧岗市委党校学报2015年第3期2015年6月15日出版' }])).toBe('2015-06-15');
    expect(issueDay([{ text: '《青岚党建》2025年第3期　出版日期：2025年3月10日' }])).toBe('2025-03-10');
    expect(issueDay([{ text: '2014年第5期（总第58期）　2014年10月20日出版' }])).toBe('2014-10-20');
  });
  it('is none from an issue number alone or a day that is no issue’s', () => {
    expect(issueDay([{ text: '《青岚党建》2016年第5期' }])).toBeNull();
    expect(issueDay([{ text: '青岚市人民政府办公室　2025年1月21日印发' }])).toBeNull();
  });
  it('dates a piece with no day of its own, never one with its 落款', async () => {
    const piece = (end: string[]) =>
      Buffer.from(['青岚党建　2016年第5期　2016年5月20日出版', '深入推进党风廉政建设', ...B, ...end].join('\n'));
    expect((await importOne('a.txt', piece([]))).date).toBe('2016-05-20');
    expect((await importOne('a.txt', piece(['中共溪桥县纪委', '2016年4月28日']))).date).toBe('2016-04-28');
  });
  it('names the issue, without its bracketed day, in a 来源', () => {
    expect(cleanSource('来源：《青岚党建》2025年第5期（2025年3月1日出版）')).toBe('《青岚党建》2025年第5期');
  });
});

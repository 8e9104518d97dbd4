// Round sites68d: Word, WPS and PDF files. A 讲话稿 form's speaker cell labelled 领导, 主讲领导 or 讲话领导 names the
// speaker (a bare `领导` only as a cell), also in a four-cell row; a 期刊's issue stamp with its day is furniture;
// a `.wps` from before WPS 2005 is refused with a message saying what to do, never read as text; 修订 and 批注
// leave the accepted text only.
import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES } from '../../../electron/core/content/formats/page-chrome.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { importOne, SPEECH_TEXT } from './helpers.js';
import { moveFrom, moveTo, oldWpsBinary, oldWpsOle } from '../../fixtures/import/gen/sites68d-kit.js';
import { body, commented, del, heading, ins, p, para, r, table, wordFile } from '../../fixtures/import/gen/word-xml.js';
import { word97 } from '../../fixtures/import/gen/word97.js';

const A = SPEECH_TEXT;
const one = importOne;
const form = (rows: string[][]) => wordFile({ body: table(rows) + para('同志们：') + body(A) });

describe('a 讲话稿 form’s speaker cell', () => {
  it.each(['领导', '主讲领导', '讲话领导'])('labelled %s names the speaker', async (label) => {
    const d = await one(
      'a.docx',
      form([
        ['题目', '在全县春季农业生产工作会议上的讲话'],
        [label, '县委副书记　李明'],
        ['时间', '2025年3月6日'],
      ]),
    );
    expect(d.speakers).toEqual([{ name: '李明', role: '县委副书记' }]);
    expect(d.date).toBe('2025-03-06');
  });
  it('beside 时间 in a four-cell row under a merged title row', async () => {
    const d = await one(
      'a.docx',
      form([
        ['题目', '在全市招商引资工作推进会上的讲话', '', ''],
        ['讲话领导', '副市长　陈立新', '时间', '2025年4月3日'],
      ]),
    );
    expect(d.title).toBe('在全市招商引资工作推进会上的讲话');
    expect(d.speakers).toEqual([{ name: '陈立新', role: '副市长' }]);
    expect(d.date).toBe('2025-04-03');
  });
  it('names no speaker from a line opening on 领导 with a colon (a bare 领导 is a label only as a cell)', async () => {
    const d = await one(
      'a.docx',
      wordFile({
        body: para('关于做好2025年度党员教育培训工作的通知', heading) + para('领导：县委副书记　李明') + body(A),
      }),
    );
    expect(d.speakers).toEqual([]);
  });
});

describe('a 期刊’s issue stamp', () => {
  const stamp = (t: string) => FURNITURE_RULES.some((f) => f.re.test(t));
  it('with its day of publication is furniture, with or without a page number', () => {
    expect(stamp('《青岚党建》2025年第3期　出版日期：2025年3月10日')).toBe(true);
    expect(stamp('梧岗机关党建2025年第1期2025年2月5日出版 — 1 —')).toBe(true);
    expect(stamp('青岚党建　2025年第3期（总第215期）　2025年3月10日出版')).toBe(true);
  });
  it('is not a sentence that names an issue', () => {
    expect(stamp('本刊2025年第3期刊发了全市组织部长会议的讲话。')).toBe(false);
    expect(stamp('青岚党建2025年第3期')).toBe(false);
  });
});

describe('a .wps from before WPS 2005', () => {
  it.each([
    ['an OLE file without WordDocument', oldWpsOle('在全县经济工作会议上的讲话')],
    ['a binary neither OLE nor zip', oldWpsBinary(['在全县经济工作会议上的讲话', ...A])],
  ])('(%s) is refused, saying to save it as .docx in a current WPS', async (_, bytes) => {
    const res = await importBytes('old.wps', bytes);
    expect(res.documents).toHaveLength(0);
    expect(res.errors.join('')).toMatch(/WPS 2005 以前/);
    expect(res.errors.join('')).toMatch(/另存为.*\.docx/);
  });
  it('while a .wps with Word 97 inside (WPS 2005 on) is read', async () => {
    const d = await one('new.wps', word97({ wps: true, paras: ['在全县经济工作会议上的讲话', ...A] }));
    expect(d.paragraphs.map((x) => x.text)).toContain(A[0]);
  });
  it('and a plain text saved under .wps is still read as text', async () => {
    const d = await one('text.wps', Buffer.from(['在全县经济工作会议上的讲话', ...A].join('\n\n')));
    expect(d.paragraphs.map((x) => x.text)).toContain(A[1]);
  });
});

describe('修订 and 批注 in a Word file', () => {
  it('leave the accepted text: insertions in, deletions out, a moved sentence once, comments never', async () => {
    const d = await one(
      'a.docx',
      wordFile({
        body:
          p(r('在全县') + del('上半年', 1) + ins('2025年', 2) + r('项目建设观摩会上的讲话'), heading) +
          para('同志们：') +
          p(commented(r(A[0]!), 0) + moveFrom('要坚持问题导向，逐项销号整改。', 10)) +
          p(r(A[1]!) + moveTo('要坚持问题导向，逐项销号整改。', 20)),
        comments: ['请核对投资完成率'],
      }),
    );
    const text = d.paragraphs.map((x) => x.text).join('\n');
    expect(d.title).toBe('在全县2025年项目建设观摩会上的讲话');
    expect(text).not.toMatch(/请核对投资完成率|上半年/);
    expect(text.split('要坚持问题导向').length - 1).toBe(1);
    expect(text).toContain(A[1] + '要坚持问题导向');
  });
});

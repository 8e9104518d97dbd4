// Round i27 shapes (tests/fixtures/import/real/i27-*): a title whose second line is only its kind (`的通知`,
// `讲话`), an 附注 under the 落款's day followed by the attached 方案, a half-loaded save Chrome closed, an editor
// credit after the last full stop, an office's name beside the handout mark in a PDF's page header; batch b
// (i27b-*): joint organs over a title's `关于` lines, a save cut inside a word, a QR caption, a one-page PDF's header.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { cutOffSave } from '../../../electron/core/content/formats/html-cut-off.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { dropRunning } from '../../../electron/core/content/formats/pdf-furniture.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { brokenTitle } from '../../../electron/core/content/title-join.js';

const headline = (l: string | undefined) => l !== undefined && !/[。！？：]$/.test(l);

describe('a title whose second line is its kind alone', () => {
  it('joins `……实施方案》` and `的通知`', () => {
    const lines = [
      '某某县人民政府办公室关于印发《某某县垃圾分类工作实施方案》',
      '的通知',
      '各乡镇人民政府：',
      '现印发给你们。',
    ];
    expect(brokenTitle(lines, headline)).toBe('某某县人民政府办公室关于印发《某某县垃圾分类工作实施方案》的通知');
    expect(lines[0]).toBe('各乡镇人民政府：');
  });

  it('joins `在……会议上的` and `讲话`', () => {
    const lines = ['在全市优化营商环境工作推进会议上的', '讲话', '市长　吴某某', '同志们：'];
    expect(brokenTitle(lines, headline)).toBe('在全市优化营商环境工作推进会议上的讲话');
  });

  it('leaves a whole title over a line that only names a kind', () => {
    const lines = ['某某县人民政府关于做好防汛工作的通知', '通知', '各乡镇人民政府：'];
    expect(brokenTitle(lines, headline)).toBeNull();
  });
});

describe('an 附注 under the 落款 with the attachment after it', () => {
  it('drops `（此件公开发布）` under the day and keeps the 方案', () => {
    const report = { removed: [] as { reason: string; text: string }[] };
    const frame = stripOfficialFrame(
      [
        '关于印发某方案的通知',
        '现印发给你们。',
        '某某县人民政府办公室',
        '2024年7月9日',
        '（此件公开发布）',
        '某某实施方案',
        '为推进工作，制定本方案。',
      ],
      report,
    );
    expect(frame.lines).not.toContain('（此件公开发布）');
    expect(frame.lines.at(-1)).toBe('为推进工作，制定本方案。');
  });

  it('keeps a bracketed line that is not under a day', () => {
    const frame = stripOfficialFrame(['关于某事的通知', '（此件请各单位传阅）', '现通知如下。', '第二段。'], {
      removed: [],
    });
    expect(frame.lines).toContain('（此件请各单位传阅）');
  });
});

describe('a page saved while still loading, its tags closed', () => {
  const page = (tail: string) =>
    `<html><body><div id="detail"><p>第一段文字完整。</p><p>第二段写到一半，</p></div>${tail}</body></html>`;

  it('drops the last paragraph when it stops on a comma and nothing of the page follows', () => {
    const cut = cutOffSave(page('<script>var a = 1;</script>'), ['第一段文字完整。', '第二段写到一半，']);
    expect(cut?.lines).toEqual(['第一段文字完整。']);
  });

  it('keeps it when the page goes on after it (a footer loaded)', () => {
    expect(cutOffSave(page('<div>版权所有</div>'), ['第一段文字完整。', '第二段写到一半，'])).toBeNull();
  });
});

describe('an editor credit typed after the last sentence', () => {
  it('leaves the paragraph whole', () => {
    const { lines } = cleanText('第一段。\n通知要求，各地要把任务落到实处。（责任编辑：罗某某）\n');
    expect(lines.filter(Boolean)).toEqual(['第一段。', '通知要求，各地要把任务落到实处。']);
  });
});

describe('a page header naming the office beside the handout mark', () => {
  it('leaves the text', () => {
    const frame = stripOfficialFrame(
      ['某某市人民政府办公室\t内部资料 注意保存', '同志们：', '今天召开这次会议。', '谢谢大家。'],
      { removed: [] },
    );
    expect(frame.lines[0]).toBe('同志们：');
  });
});

describe('batch b', () => {
  it('joins joint organs set apart by a space to the `关于` lines under them', () => {
    const lines = [
      '中共某某县委　某某县人民政府',
      '关于全面推进乡村振兴加快建设',
      '宜居宜业和美乡村的实施意见',
      '各乡镇党委：',
      '现提出如下意见。',
    ];
    expect(brokenTitle(lines, headline)).toBe(
      '中共某某县委　某某县人民政府关于全面推进乡村振兴加快建设宜居宜业和美乡村的实施意见',
    );
  });

  it('drops a closed half-loaded save cut inside a word of a long sentence, and keeps a short line that ends so', () => {
    const prose =
      '会议要求，各级河湖长要切实履行巡河护河职责，持续开展专项行动，推动河湖治理保护工作向纵深发展，努力建设幸福';
    const html = (last: string) => `<html><body><div><p>第一段。</p><p>${last}</p></div></body></html>`;
    expect(cutOffSave(html(prose), ['第一段。', prose])?.lines).toEqual(['第一段。']);
    expect(cutOffSave(html('某某县人民政府办公室'), ['第一段。', '某某县人民政府办公室'])).toBeNull();
  });

  it('reads a QR box caption as the share prompt it is', () => {
    expect(chromeReason('扫描二维码分享到微信')).toBe('分享与关注');
    expect(chromeReason('手机扫码阅读')).toBe('分享与关注');
    expect(chromeReason('扫描二维码参加网上答题，每天可答题一次。')).toBeNull();
  });

  it("drops a one-page PDF's header line in small type high over the title", () => {
    const line = (text: string, y: number, size: number) => ({ text, x: 90, xEnd: 500, y, size, page: 0 });
    const text = '同志们，今天我们召开这次会议，主要任务是部署今年的工作，请大家认真抓好落实。';
    const page = [
      line('某某同志在全县安全生产工作会议上的讲话', 800, 9),
      line('在全县安全生产工作会议上的讲话', 720, 22),
      ...[690, 670, 650, 630, 610].map((y) => line(text, y, 16)),
    ];
    const removed: { reason: string; text: string }[] = [];
    const [kept] = dropRunning([page], [842], removed);
    expect(kept!.map((l) => l.text)[0]).toBe('在全县安全生产工作会议上的讲话');
    expect(removed).toEqual([{ reason: '页眉', text: '某某同志在全县安全生产工作会议上的讲话' }]);
    // The same line in the text's type is the text's own.
    expect(dropRunning([[{ ...page[0]!, size: 16 }, ...page.slice(1)]], [842], [])[0]).toHaveLength(7);
  });
});

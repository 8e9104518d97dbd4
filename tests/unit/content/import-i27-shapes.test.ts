// Round i27 shapes (tests/fixtures/import/real/i27-*): a title whose second line is only its kind (`的通知`,
// `讲话`), an 附注 under the 落款's day followed by the attached 方案, a half-loaded save Chrome closed, an editor
// credit after the last full stop, an office's name beside the handout mark in a PDF's page header.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { cutOffSave } from '../../../electron/core/content/formats/html-cut-off.js';
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

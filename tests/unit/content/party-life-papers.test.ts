// Party-life papers of the o13 round (tests/fixtures/import/real/o13-*): a 对照检查's unit and name line,
// a 党课 cover's month beside its 主讲人 line, a 会议记录's `时　　间` grid row. The rules read lines, so
// plain text shows them as a Word file's paragraphs do.
import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '按照支部委员会的安排，我认真学习了规定篇目，与支部书记和党员同志开展了谈心谈话，现将个人检视情况报告如下。',
  '今后我将认真对照党员标准，加强学习，改进作风，在岗位上发挥好先锋模范作用。',
];
const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

describe('o13 writer lines', () => {
  it('drops a unit-and-name line under the title, and reads no speaker from it', async () => {
    for (const line of [
      '第二党支部　李明',
      '南岭县财政局　李明',
      '机关党委　王芳',
      '县委党校　吴敏',
      '南岭县第一中学党支部　陈晓',
    ]) {
      const d = await doc(`2025年度组织生活会个人对照检查材料\n${line}\n\n${PROSE.join('\n')}\n`);
      expect(bodyOf(d)).not.toContain(line);
      expect(d.speakers).toEqual([]);
      expect(bodyOf(d).split('\n')[0]).toBe(PROSE[0]);
    }
  });

  it('drops writer fields with a 所在党支部 or 党组织 label', async () => {
    for (const line of ['姓名：孙丽　　所在党支部：机关第三党支部', '党员姓名：孙丽　　所在党组织：机关第三党支部']) {
      const d = await doc(`参加主题党日活动心得体会\n${line}\n\n${PROSE.join('\n')}\n`);
      expect(bodyOf(d)).not.toContain('孙丽');
      expect(d.speakers).toEqual([]);
    }
  });

  it('still reads a role-and-name byline as the speaker (guard)', async () => {
    const d = await doc(`在全县经济工作会议上的讲话\n县委常委　王明\n（2024年1月8日）\n\n${PROSE.join('\n')}\n`);
    expect(d.speakers).toEqual([{ name: '王明', role: '县委常委' }]);
  });
});

describe('o13 党课 cover', () => {
  it('drops a month beside the 主讲人 line, and takes no date from it', async () => {
    for (const head of [
      '主讲人：县委党校副校长　李红\n二〇二四年九月',
      '2024年9月\n主讲人：县委党校副校长　李红',
      // A short label spaced out to a long one's width.
      '2024年9月\n主　讲：县委党校副校长　李红',
    ]) {
      const d = await doc(`学习贯彻党的二十届三中全会精神专题党课\n${head}\n\n${PROSE.join('\n')}\n`);
      expect(bodyOf(d)).not.toContain('二〇二四年九月');
      expect(bodyOf(d)).not.toContain('2024年9月');
      expect(d.date).toBeNull();
      expect(d.speakers).toEqual([{ name: '李红', role: '县委党校副校长' }]);
    }
  });

  it('keeps a month alone under a speech title with no 主讲人 line (guard: a period to read)', async () => {
    const d = await doc(`在扩大的工作会议上的讲话\n1962年1月\n\n${PROSE.join('\n')}\n`);
    expect(bodyOf(d)).toContain('1962年1月');
  });
});

describe('o13 党课讲稿 closing', () => {
  const LESSON = [
    '同志们：',
    '今天，我和大家一起学习党的光辉历史，从中汲取奋进力量。',
    '我们要赓续红色血脉，把党的光荣传统和优良作风传承好、发扬好。',
  ];
  it('reads a 主讲人 line at the end, over the day, as the lecturer, with any post behind the label', async () => {
    const d = await doc(
      `学党史　悟思想　办实事　开新局\n${LESSON.join('\n')}\n主讲人：县委党校讲师　赵敏\n2024年7月1日\n`,
    );
    expect(d.speakers).toEqual([{ name: '赵敏', role: '县委党校讲师' }]);
    expect(d.date).toBe('2024-07-01');
    expect(bodyOf(d)).not.toContain('主讲人');
    const head = await doc(`学党史　悟思想　办实事　开新局\n主讲人：县委党校讲师　赵敏\n${LESSON.join('\n')}\n`);
    expect(head.speakers).toEqual([{ name: '赵敏', role: '县委党校讲师' }]);
  });

  it('reads no speaker from an unlabelled unit and name at the end (guard: a 落款’s writer)', async () => {
    const d = await doc(`读书心得\n${PROSE.join('\n')}\n县委党校讲师　赵敏\n2024年7月1日\n`);
    expect(d.speakers).toEqual([]);
  });

  it('keeps a right-aligned 落款 line out of a PDF paragraph of short lines', () => {
    // Lines as LibreOffice prints them: no line fills the measure, the 主讲人 line is pushed right.
    const line = (text: string, x: number, y: number): PdfLine => ({
      text,
      x,
      xEnd: x + text.length * 10.5,
      y,
      size: 10.5,
      page: 0,
    });
    const out = paragraphs([
      line('今天，我和大家一起学习党的光辉历史，从中汲取奋进力量。', 79.5, 700),
      line('我们要赓续红色血脉，把党的光荣传统和优良作风传承好、发扬好。', 79.5, 684),
      line('主讲人：县委党校讲师　赵敏', 385.3, 668),
      line('2024年7月1日', 437.5, 652),
    ]);
    expect(out).toEqual([
      '今天，我和大家一起学习党的光辉历史，从中汲取奋进力量。',
      '我们要赓续红色血脉，把党的光荣传统和优良作风传承好、发扬好。',
      '主讲人：县委党校讲师　赵敏',
      '2024年7月1日',
    ]);
  });
});

describe('o13 closing form fields', () => {
  it('dates a paper by a closing 日期 field, alone or after the signer’s field', async () => {
    for (const end of [
      '姓名：李明\n日期：2024年11月8日',
      '承诺人：王芳　　　日期：2024年11月8日',
      '填表日期：2024年11月8日',
    ]) {
      const d = await doc(`学习全面从严治党心得体会\n${PROSE.join('\n')}\n${end}\n`);
      expect(d.date).toBe('2024-11-08');
      expect(d.speakers).toEqual([]);
    }
  });

  it('takes no date from a closing 时间 field (guard: a meeting still to come)', async () => {
    const d = await doc(`关于召开党员大会的通知\n${PROSE.join('\n')}\n时间：2024年11月8日\n`);
    expect(d.date).toBeNull();
  });
});

describe('o13 会议记录', () => {
  // The grid's rows as the Word reader gives them: label, tab, value.
  const GRID = '时　间\t2024年9月26日下午3:00\n地　点\t局机关五楼会议室\n主 持 人\t张卫东（支部书记）\n';
  it('dates a 会议记录 by its 时间 row', async () => {
    const d = await doc(`机关第一党支部2024年第三季度党员大会会议记录\n${GRID}\n${PROSE.join('\n')}\n`);
    expect(d.date).toBe('2024-09-26');
    expect(d.speakers).toEqual([]);
  });

  it('takes no date from the 时间 of a 会议通知 (guard: a day still to come)', async () => {
    const d = await doc(`关于召开2024年第三季度党员大会的通知\n${GRID}\n${PROSE.join('\n')}\n`);
    expect(d.date).toBeNull();
  });
});

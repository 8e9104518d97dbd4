// A 讲稿 form sets its fields above the title (`讲话人：张卫东（区委书记）`, `时间：…`, `地点：…`): the
// title is the speech's, the speaker and date come from the fields, and no field is left in the body.
// Also the occasion line in brackets under a title, and a date line with the time of day.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const BODY = [
  '同志们：',
  '今天召开这次会议，主要任务是总结去年工作、部署今年任务。下面，我讲三点意见。',
  '一、提高政治站位',
  '各级党组织要把抓基层党建作为最大的政绩，切实增强责任感和使命感，推动各项工作落地见效。',
].join('\n');
const read = async (head: string) => {
  const r = await importBytes('speech.txt', Buffer.from(`${head}\n${BODY}\n`, 'utf8'));
  expect(r.documents).toHaveLength(1);
  const d = r.documents[0]!;
  return { title: d.title, date: d.date, speakers: d.speakers, body: d.paragraphs.map((p) => p.text).join('\n') };
};

describe('speech form fields above the title', () => {
  it('讲话人 with the role after the name, 时间 and 地点', async () => {
    const d = await read(
      '讲话人：张卫东（区委书记）\n时间：2023年2月16日\n地点：区行政中心三楼会议室\n在全区组织工作会议上的讲话',
    );
    expect(d.title).toBe('在全区组织工作会议上的讲话');
    expect(d.date).toBe('2023-02-16');
    expect(d.speakers).toEqual([{ name: '张卫东', role: '区委书记' }]);
    expect(d.body).not.toMatch(/讲话人|时间：|地点：/);
  });

  it('主讲人 of a 党课', async () => {
    const d = await read(
      '主讲人：李红梅（市委党校副校长）\n时间：2024年6月28日\n学习贯彻党的二十届三中全会精神专题党课',
    );
    expect(d.title).toBe('学习贯彻党的二十届三中全会精神专题党课');
    expect(d.speakers).toEqual([{ name: '李红梅', role: '市委党校副校长' }]);
    expect(d.date).toBe('2024-06-28');
  });

  it('fields above a title with its byline under it', async () => {
    const d = await read('时间：2024年6月28日\n地点：县委党校报告厅\n在全县“七一”表彰大会上的讲话\n县委书记　王建国');
    expect(d.title).toBe('在全县“七一”表彰大会上的讲话');
    expect(d.speakers).toEqual([{ name: '王建国', role: '县委书记' }]);
    expect(d.body).not.toContain('党校报告厅');
  });

  it('leaves a file that opens on its title as it was', async () => {
    const d = await read('在全区组织工作会议上的讲话\n区委书记　张卫东\n2023年2月16日');
    expect([d.title, d.date, d.speakers]).toEqual([
      '在全区组织工作会议上的讲话',
      '2023-02-16',
      [{ name: '张卫东', role: '区委书记' }],
    ]);
  });

  it('a bracketed occasion line under the title, as books and 求是 set it, makes a speech', async () => {
    const d = await read('坚持党建引领　推动高质量发展\n（2023年2月16日在全区组织工作会议上的讲话）\n张卫东');
    expect([d.title, d.date, d.speakers]).toEqual([
      '坚持党建引领 推动高质量发展',
      '2023-02-16',
      [{ name: '张卫东', role: null }],
    ]);
    const r = await importBytes(
      's.txt',
      Buffer.from(`坚持党建引领\n（2023年2月16日在全区组织工作会议上的讲话）\n${BODY}`),
    );
    expect(r.documents[0]!.type).toBe('讲话');
  });

  it('a date line with the time of day under a news title', async () => {
    const d = await read('张卫东：在全区组织工作会议上的讲话\n2023年02月16日 10:25');
    expect(d.date).toBe('2023-02-16');
    expect(d.body).not.toContain('10:25');
  });
});

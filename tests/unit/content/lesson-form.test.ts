// A 党校 教案 form over the text (electron/core/content/lesson-form.ts; sites50/t-lesson-plan-*): its
// title cell is the title, its presenter and time cells the speaker and date, its other cells leave.
import { describe, expect, it } from 'vitest';
import { lessonForm } from '../../../electron/core/content/lesson-form.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { para, table, wordFile } from '../../fixtures/import/gen/word-xml.js';

const TEXT = ['一、为什么要加强作风建设', '作风问题本质上是党性问题。党的作风关系党的形象，关系人心向背。'];

describe('lesson plan form', () => {
  it('reads the title, presenter and time cells of a form in a Word table', async () => {
    const body =
      para('中共临澄市委党校教案', { jc: 'center', bold: true, size: 44 }) +
      table([
        ['课程名称', '持之以恒推进作风建设'],
        ['主讲人', '市委党校教授　赵海涛'],
        ['授课时间', '2025年6月3日'],
        ['授课对象', '2025年春季主体班学员'],
      ]) +
      TEXT.map((t) => para(t)).join('');
    const d = (await importBytes('plan.docx', Buffer.from(wordFile({ body })))).documents[0]!;
    expect(d.title).toBe('持之以恒推进作风建设');
    expect(d.date).toBe('2025-06-03');
    expect(d.speakers).toEqual([{ name: '赵海涛', role: '市委党校教授' }]);
    expect(d.paragraphs.map((p) => p.text)).toEqual(TEXT);
  });

  it('reads two pairs a row', () => {
    const form = lessonForm([
      '课题\t以钉钉子精神抓落实\t主讲\t王丽',
      '时间\t2025年5月20日\t班次\t中青年干部培训班',
      ...TEXT,
    ]);
    expect(form).toEqual({ title: '以钉钉子精神抓落实', lines: ['主讲人：王丽', '时间：2025年5月20日', ...TEXT] });
  });

  it('leaves a table that is no such form, or has no title cell, as it is', () => {
    expect(lessonForm(['主讲人\t赵海涛', '授课时间\t2025年6月3日', ...TEXT])).toBeNull();
    expect(lessonForm(['指标\t2024年\t2025年', '粮食产量\t35万吨\t36万吨', ...TEXT])).toBeNull();
    expect(lessonForm(['课题\t', ...TEXT])).toBeNull();
  });
});

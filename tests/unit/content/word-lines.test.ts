// The line rules behind the Word readers and the speech header: broken and outside titles, 目录
// entries, the header above the salutation, byline names and forms, handout marks, 落款 dates
// above attachments, dates in the forms offices type them.
import { describe, expect, it } from 'vitest';
import { isBylineName } from '../../../electron/core/knowledge/byline-name.js';
import { dateOnlyLine, findDate } from '../../../electron/core/content/dates.js';
import {
  joinBroken,
  titleOutsideBody,
  tocEntries,
  tocRange,
} from '../../../electron/core/content/formats/word-lines.js';
import { readHeader } from '../../../electron/core/content/header.js';
import { stripOfficialFrame } from '../../../electron/core/content/official-frame.js';
import { paragraphKinds } from '../../../electron/core/content/outline.js';

const S1 = '要坚持问题导向，聚焦群众反映强烈的突出问题，拿出过硬措施，一件一件抓好落实。';
const S2 = '要加强统筹协调，主要负责同志要亲自抓、负总责，分管负责同志要具体抓、抓具体。';

describe('Word line rules', () => {
  it('joins a broken title: one phrase without a space, parallel phrases with one; body lines stay', () => {
    expect(joinBroken(['在全县基层党建工作', '推进会上的讲话'])).toEqual(['在全县基层党建工作推进会上的讲话']);
    expect(joinBroken(['中共某某县委员会', '关于加强基层党组织建设的通知'])).toEqual([
      '中共某某县委员会关于加强基层党组织建设的通知',
    ]);
    expect(joinBroken(['真抓实干 久久为功', '奋力开创基层治理新局面'])).toEqual([
      '真抓实干 久久为功 奋力开创基层治理新局面',
    ]);
    expect(joinBroken([S1, S2])).toEqual([S1, S2]);
    expect(joinBroken(['县委书记　王建国', '2024年3月5日'])).toEqual(['县委书记　王建国', '2024年3月5日']);
    expect(joinBroken(['在全县经济工作会议上的讲话', '县委书记　王建国'])).toEqual([
      '在全县经济工作会议上的讲话',
      '县委书记　王建国',
    ]);
    expect(joinBroken(['在全县经济工作会议上的讲话', '王建国'])).toEqual(['在全县经济工作会议上的讲话', '王建国']);
  });

  it('a title outside the body only when the body opens without one and it is shaped like a title', () => {
    expect(titleOutsideBody(['同志们：', S1], ['在全县经济工作会议上的讲话'])).toBe('在全县经济工作会议上的讲话');
    expect(titleOutsideBody(['县委书记　王建国', S1], ['在全县经济工作会议上的讲话'])).toBe(
      '在全县经济工作会议上的讲话',
    );
    expect(titleOutsideBody(['在全县经济工作会议上的讲话', S1], ['在全县经济工作会议上的讲话'])).toBeNull();
    expect(titleOutsideBody(['同志们：', S1], ['某某县人民政府办公室', '2024年3月'])).toBeNull();
    expect(titleOutsideBody(['同志们：', S1], ['在甲会议上的讲话', '在乙会议上的讲话'])).toBeNull();
  });

  it('finds a 目录 in plain lines: tab or dot leaders and a page number under a 目录 head', () => {
    expect(tocRange(['报告', '目　录', '一、总体要求\t2', '二、主要任务……………5', '各位代表：', S1])).toEqual([1, 4]);
    expect(tocRange(['目录管理办法', S1])).toBeNull();
    expect(tocRange(['目录', S1])).toBeNull();
  });

  it('finds 目录 entries without a head: entry-shaped lines whose text is a heading further down', () => {
    const lines = [
      '报告',
      '一、总体要求\t2',
      '二、主要任务\t5',
      '各位代表：',
      S1,
      '一、总体要求',
      S2,
      '二、主要任务',
      S1,
    ];
    expect([...tocEntries(lines)]).toEqual([1, 2]);
    expect([...tocEntries(['东山村\t126', S1, S2])]).toEqual([]);
  });

  it('lines above the salutation are header, rows with tabs are no headings', () => {
    const kinds = paragraphKinds(['团县委', '同志们：', '一、统一思想', S1, '村名\t户数', S2], []);
    expect(kinds.map((k) => k.kind)).toEqual(['p', 'p', 'h', 'p', 'p', 'p']);
  });

  it('byline names: common surnames jieba splits are names, units are not', () => {
    for (const n of ['钱志远', '郑国华', '欧阳志远', '王建国']) expect(isBylineName(n), n).toBe(true);
    for (const n of ['团县委', '宣传部', '高新区', '某某某', '秘书科']) expect(isBylineName(n), n).toBe(false);
  });

  it('bylines with a label, in brackets or with 同志; placeholders and units give no speaker', () => {
    const title = '在全县党员干部专题党课上的讲稿';
    const speaker = (line: string) => readHeader([line, '同志们：', S1], title).speaker;
    expect(speaker('主讲人：许文静')).toEqual({ name: '许文静', role: null });
    expect(speaker('讲话人：县委书记　王建国')).toEqual({ name: '王建国', role: '县委书记' });
    expect(speaker('（县委书记　王建国）')).toEqual({ name: '王建国', role: '县委书记' });
    expect(speaker('王建国同志')).toEqual({ name: '王建国', role: null });
    for (const line of ['某某某', '县委书记　某某某', '团县委', '（节选）']) expect(speaker(line), line).toBeNull();
  });

  it('a handout mark above the title leaves; a title-like first line stays', () => {
    const strip = (lines: string[]) => stripOfficialFrame(lines, { removed: [] }).lines[0];
    for (const mark of ['会议材料之三', '材料2', '内部资料　注意保存'])
      expect(strip([mark, '在全县乡村振兴工作会议上的讲话', '同志们：', S1]), mark).toBe(
        '在全县乡村振兴工作会议上的讲话',
      );
    expect(strip(['材料科学学院2024年工作要点', S1, S2])).toBe('材料科学学院2024年工作要点');
  });

  it('the 落款 date is found above the attachments that follow it', () => {
    const lines = [
      S1,
      S2,
      '附件：检查安排表',
      '中共某某县委组织部',
      '2024年3月15日',
      '附件',
      '检查安排表',
      '时间\t地点',
      '3月20日\t东山镇',
    ];
    expect(readHeader(lines, '关于开展专项检查的通知').signatureDate).toBe('2024-03-15');
    // An attachment head with no dated 落款 above it changes nothing.
    expect(readHeader([S1, '附件', '检查安排表', '2024年3月20日'], '关于开展专项检查的通知').signatureDate).toBe(
      '2024-03-20',
    );
  });

  it('dates with a weekday, time of day or place, or beside a byline', () => {
    const title = '在全县经济工作会议上的讲话';
    const header = (line: string) => readHeader([line, '同志们：', S1], title);
    for (const line of [
      '2024年3月5日（星期二）',
      '二〇二四年三月五日上午',
      '2024年3月5日于县委常委会议室',
      '（2024年3月5日 根据录音整理）',
    ])
      expect(header(line).date, line).toBe('2024-03-05');
    expect(header('县委书记　王建国　2024年3月5日')).toMatchObject({
      date: '2024-03-05',
      speaker: { name: '王建国', role: '县委书记' },
    });
    expect(header('王建国（2024年3月5日）').speaker).toEqual({ name: '王建国', role: null });
    expect(readHeader(['（根据录音整理，有删节）', '县委书记　王建国', '同志们：'], title).speaker?.name).toBe(
      '王建国',
    );
  });

  it('dates in full-width digits', () => {
    expect(findDate('（２０２４年３月８日）')).toBe('2024-03-08');
    expect(dateOnlyLine('（２０２４年３月８日）')).toBe('2024-03-08');
    expect(dateOnlyLine('二○二四年三月五日')).toBe('2024-03-05');
  });
});
